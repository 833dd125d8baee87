-- The weekly synthesis of a space: one per space and week (a week starts Monday 00:00 UTC), the
-- artifact of type weekly synthesis its synthesizer edits, and when it was drafted and published.
-- The key (space, week) is also what keeps two nodes from both drafting a space's week.
create table weekly_synthesis (
    space_id        uuid not null references space (id),
    week_start      timestamp with time zone not null,
    organisation_id uuid not null references platform_registration (id),
    artifact_id     uuid not null references artifact (id),
    drafted_at      timestamp with time zone not null,
    published_at    timestamp with time zone,
    primary key (space_id, week_start)
);

-- The weekly run's lease: the node that holds a week's lease drafts that week for every space
-- with a synthesizer; another node takes over when the lease runs out without being renewed.
create table synthesis_run (
    week_start  timestamp with time zone primary key,
    holder      uuid,
    lease_until timestamp with time zone,
    finished_at timestamp with time zone
);

-- A week's posts of a space, in the order they were written.
create index ix_post_space_written on post (space_id, created_at);
