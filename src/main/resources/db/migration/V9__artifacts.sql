-- Performance-support artifacts: what a conversation becomes when people reuse it at work (a job
-- aid, a checklist, an FAQ entry, ...). Plain types only (SchemaParityIT).

-- The artifact as it reads now. Its audience climbs the same ladder as a thread's, one step
-- further (a course page); it is read where its space (and peer group) says. review_from is the
-- moment the review interval counts from (made, or last verified); the earlier of that interval's
-- end and a change in a source thread makes the artifact due for review.
create table artifact (
    id                   uuid primary key,
    organisation_id      uuid           not null references platform_registration (id),
    space_id             uuid           not null references space (id),
    peer_group_id        uuid references peer_group (id),
    kind                 varchar(32)    not null,
    title                varchar(200)   not null,
    locale               varchar(16)    not null,
    moment_of_need       varchar(16)    not null,
    verification         varchar(24)    not null,
    audience             varchar(16)    not null,
    steward_id           uuid           not null references person (id),
    backup_verifier_id   uuid references person (id),
    body_markdown        varchar(20000) not null,
    body_html            varchar(60000) not null,
    body_text            varchar(20000) not null,
    version              integer        not null,
    review_interval_days integer        not null,
    review_from          timestamp with time zone not null,
    created_by           uuid           not null references person (id),
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null
);
create index ix_artifact_space on artifact (space_id, updated_at);
create index ix_artifact_org on artifact (organisation_id, audience);

create table artifact_tag (
    artifact_id uuid        not null references artifact (id),
    tag         varchar(60) not null,
    primary key (artifact_id, tag)
);
create index ix_artifact_tag on artifact_tag (tag);

-- Every version, the first one included: who wrote it, when and why.
create table artifact_version (
    id            uuid primary key,
    artifact_id   uuid           not null references artifact (id),
    version       integer        not null,
    title         varchar(200)   not null,
    body_markdown varchar(20000) not null,
    reason        varchar(500)   not null,
    changed_by    uuid           not null references person (id),
    changed_at    timestamp with time zone not null
);
create unique index uq_artifact_version on artifact_version (artifact_id, version);

-- Where it came from. The thread's title, the author and the words cited are copied when the
-- citation is made, so that provenance still says what was cited after the source is edited,
-- hidden or deleted; thread_id and post_id keep the way back to it. No foreign key on post_id
-- on purpose: the citation outlives what it cites.
create table artifact_source (
    id           uuid primary key,
    artifact_id  uuid          not null references artifact (id),
    position     integer       not null,
    thread_id    uuid          not null,
    post_id      uuid,
    post_version integer       not null,
    author_id    uuid          not null references person (id),
    thread_title varchar(300)  not null,
    excerpt      varchar(2000) not null,
    written_at   timestamp with time zone not null,
    cited_at     timestamp with time zone not null
);
create unique index uq_artifact_source on artifact_source (artifact_id, position);
create index ix_artifact_source_thread on artifact_source (thread_id);

-- The people quoted, and whether they agreed that what they wrote goes beyond where they wrote it
-- (wrote_in: the audience of their words when cited).
create table artifact_contributor (
    id          uuid primary key,
    artifact_id uuid        not null references artifact (id),
    person_id   uuid        not null references person (id),
    wrote_in    varchar(16) not null,
    consent     varchar(16) not null,
    asked_at    timestamp with time zone,
    answered_at timestamp with time zone
);
create unique index uq_artifact_contributor on artifact_contributor (artifact_id, person_id);
create index ix_artifact_contributor_person on artifact_contributor (person_id, consent);

-- "This helped" and "outdated", one of each per reader, with the reader's reason for the steward.
create table artifact_feedback (
    id          uuid primary key,
    artifact_id uuid         not null references artifact (id),
    person_id   uuid         not null references person (id),
    kind        varchar(16)  not null,
    reason      varchar(500),
    given_at    timestamp with time zone not null
);
create unique index uq_artifact_feedback on artifact_feedback (artifact_id, person_id, kind);

-- Replies marked as answers to their thread's question (more than one may be).
create table post_answer (
    id        uuid primary key,
    thread_id uuid not null references thread (id),
    post_id   uuid not null references post (id),
    marked_by uuid not null references person (id),
    marked_at timestamp with time zone not null
);
create unique index uq_post_answer on post_answer (thread_id, post_id);
