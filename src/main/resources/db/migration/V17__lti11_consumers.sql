-- LTI 1.1 legacy launches: one OAuth 1.0a consumer key per organisation, and the nonces its
-- launches used. Portable SQL: the same file runs on PostgreSQL and on H2 (MODE=PostgreSQL).

-- The secret is sealed with AES-256-GCM under the key secret, like the tool's private keys; it is
-- shown once, when the key is issued or rotated. A disabled key launches nothing, but its secret
-- still proves an LTI 1.3 launch's lti1p1 claim (migration).
create table lti11_consumer (
    id              uuid primary key,
    organisation_id uuid          not null references platform_registration (id),
    consumer_key    varchar(64)   not null,
    sealed_secret   varchar(1000) not null,
    status          varchar(16)   not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    last_launch_at  timestamp with time zone,
    constraint uq_lti11_consumer_organisation unique (organisation_id),
    constraint uq_lti11_consumer_key unique (consumer_key)
);

-- Single-use OAuth nonces (OAuth 1.0 §8: a nonce is unique for its consumer and timestamp), kept
-- until the launch's timestamp falls out of the accepted window, so that every node sees a replay.
create table lti11_nonce (
    consumer_key varchar(64)  not null,
    nonce        varchar(128) not null,
    expires_at   timestamp with time zone not null,
    constraint pk_lti11_nonce primary key (consumer_key, nonce)
);
create index ix_lti11_nonce_expires on lti11_nonce (expires_at);

-- LTI 1.1 launches find a person by their 1.1 user_id (person.lti11_user_id, V3).
create index ix_person_lti11_user on person (organisation_id, lti11_user_id);
