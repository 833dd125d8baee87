-- An artifact placed on a course page through Deep Linking: which course, by whom, when. Part of
-- the artifact's history (the audience moved to the course-page stage with the first placement).
-- The link's launches resolve by the artifact id in its custom parameters, not by this row, so
-- copies of the course (new context ids) keep working; this row says where a designer put it.
create table artifact_placement (
    id                uuid primary key,
    artifact_id       uuid not null references artifact (id),
    course_context_id uuid not null references course_context (id),
    placed_by         uuid not null references person (id),
    placed_at         timestamp with time zone not null
);
create index ix_artifact_placement on artifact_placement (artifact_id, placed_at);
