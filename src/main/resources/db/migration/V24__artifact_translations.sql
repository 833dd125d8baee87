-- A translation of an artifact into another language, kept by its steward or a facilitator: what a
-- learner opening the artifact from a course page reads when the launch asks for that language.
-- One per language (the unique key keeps two editors saving at once from making two). It records
-- which version of the original it was made from, so readers are told when the original has
-- changed since.
create table artifact_translation (
    id            uuid primary key,
    artifact_id   uuid not null references artifact (id),
    locale        varchar(16) not null,
    title         varchar(200) not null,
    body_markdown varchar(20000) not null,
    body_html     varchar(60000) not null,
    from_version  integer not null,
    translated_by uuid not null references person (id),
    translated_at timestamp with time zone not null,
    constraint uq_artifact_translation unique (artifact_id, locale)
);
