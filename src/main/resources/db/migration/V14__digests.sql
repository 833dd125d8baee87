-- E-mail digests. Each person's chosen frequency (none: the configured default) and how far their
-- digests have covered; a failed send waits until next_attempt_at, longer after each failure.
create table digest_subscription (
    person_id       uuid       primary key references person (id),
    frequency       varchar(8),
    covered_until   timestamp with time zone,
    failures        integer    not null default 0,
    next_attempt_at timestamp with time zone,
    updated_at      timestamp with time zone not null
);

-- Every digest sent, written in the transaction that moves covered_until on. The idempotency key
-- names the person and the start of the period the digest covers: a retry, or a second node, that
-- composes the same digest cannot record it again, and so does not send it again.
create table digest_delivery (
    id              uuid         primary key,
    person_id       uuid         not null references person (id),
    idempotency_key varchar(100) not null,
    covered_from    timestamp with time zone not null,
    covered_until   timestamp with time zone not null,
    items           integer      not null,
    message_id      varchar(200) not null,
    sent_at         timestamp with time zone not null,
    constraint uq_digest_delivery_key unique (idempotency_key)
);
create index ix_digest_delivery_person on digest_delivery (person_id, sent_at);

-- Weekly syntheses published since a person's last digest, by organisation.
create index ix_artifact_kind_created on artifact (organisation_id, kind, created_at);

-- A job that one node of a cluster runs at a time: the node holding an unexpired lease runs it.
create table job_lease (
    job         varchar(40)  primary key,
    holder      varchar(200),
    lease_until timestamp with time zone
);
insert into job_lease (job) values ('digests');
