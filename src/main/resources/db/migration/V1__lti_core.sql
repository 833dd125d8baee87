-- LTI 1.3 core: platform registrations and deployments, the tool's keys, OIDC login state,
-- and the people, courses and links that launches bring in.
-- Portable SQL: the same file runs on PostgreSQL and on H2 (MODE=PostgreSQL, DATABASE_TO_LOWER).

-- A registration is (issuer, client_id); many may share an issuer (Canvas cloud).
-- It is also the organisation (tenant) everything else belongs to.
create table platform_registration (
    id                      uuid primary key,
    issuer                  varchar(255)  not null,
    client_id               varchar(255)  not null,
    display_name            varchar(200)  not null,
    authorization_endpoint  varchar(2048) not null,
    token_endpoint          varchar(2048),
    authorization_server    varchar(2048),
    jwks_uri                varchar(2048) not null,
    target_link_hosts       varchar(2048) not null,
    frame_origins           varchar(2048) not null,
    status                  varchar(16)   not null,
    origin                  varchar(16)   not null,
    created_at              timestamp with time zone not null,
    updated_at              timestamp with time zone not null,
    constraint uq_platform_registration unique (issuer, client_id)
);

create table platform_deployment (
    id              uuid primary key,
    registration_id uuid         not null references platform_registration (id),
    deployment_id   varchar(255) not null,
    status          varchar(16)  not null,
    label           varchar(200),
    first_seen_at   timestamp with time zone not null,
    decided_at      timestamp with time zone,
    decided_by      varchar(300),
    last_launch_at  timestamp with time zone,
    constraint uq_platform_deployment unique (registration_id, deployment_id)
);

-- The tool's RSA signing keys. The private key is sealed with AES-256-GCM under the configured
-- key secret; status NEXT (published, not signing) -> ACTIVE (signing) -> RETIRING (published) -> RETIRED.
create table tool_key (
    id                 uuid primary key,
    kid                varchar(64)   not null,
    status             varchar(16)   not null,
    public_jwk         varchar(4000) not null,
    sealed_private_key varchar(8000) not null,
    created_at         timestamp with time zone not null,
    activated_at       timestamp with time zone,
    retired_at         timestamp with time zone,
    constraint uq_tool_key_kid unique (kid)
);

-- Other generated secrets (e.g. the session signing secret), sealed like the keys.
create table tool_secret (
    name         varchar(64) primary key,
    sealed_value varchar(1000) not null,
    created_at   timestamp with time zone not null
);

-- One row per OIDC login initiation: state and nonce, single-use, kept until the token's expiry
-- so that every node sees them and a replay is recognised.
create table oidc_login (
    state                 varchar(64)   primary key,
    nonce                 varchar(64)   not null,
    registration_id       uuid          not null references platform_registration (id),
    browser_binding       varchar(64)   not null,
    deployment_hint       varchar(255),
    target_link_uri       varchar(2048) not null,
    login_hint            varchar(2048) not null,
    message_hint          varchar(4096),
    storage_target        varchar(64),
    created_at            timestamp with time zone not null,
    expires_at            timestamp with time zone not null,
    consumed_at           timestamp with time zone
);
create index ix_oidc_login_expires on oidc_login (expires_at);

-- A person is (organisation, sub): never merged by e-mail.
create table person (
    id              uuid primary key,
    organisation_id uuid         not null references platform_registration (id),
    subject         varchar(255) not null,
    display_name    varchar(300),
    given_name      varchar(200),
    family_name     varchar(200),
    email           varchar(320),
    picture_url     varchar(2048),
    locale          varchar(35),
    status          varchar(16)  not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    last_launch_at  timestamp with time zone,
    constraint uq_person unique (organisation_id, subject)
);

-- A course context is (organisation, deployment, context id).
create table course_context (
    id              uuid primary key,
    organisation_id uuid         not null references platform_registration (id),
    deployment_id   varchar(255) not null,
    context_key     varchar(255) not null,
    label           varchar(255),
    title           varchar(500),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint uq_course_context unique (organisation_id, deployment_id, context_key)
);

create table course_membership (
    id                uuid primary key,
    course_context_id uuid         not null references course_context (id),
    person_id         uuid         not null references person (id),
    roles             varchar(500) not null,
    status            varchar(16)  not null,
    source            varchar(16)  not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    last_launch_at    timestamp with time zone,
    constraint uq_course_membership unique (course_context_id, person_id)
);
create index ix_course_membership_person on course_membership (person_id);

create table resource_link (
    id                uuid primary key,
    course_context_id uuid         not null references course_context (id),
    link_key          varchar(255) not null,
    title             varchar(500),
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint uq_resource_link unique (course_context_id, link_key)
);

-- Every administrative change: who, what, when, on what.
create table admin_audit (
    id              uuid primary key,
    organisation_id uuid,
    actor           varchar(300)  not null,
    action          varchar(100)  not null,
    target          varchar(500),
    detail          varchar(4000),
    occurred_at     timestamp with time zone not null
);
create index ix_admin_audit_org on admin_audit (organisation_id, occurred_at);
