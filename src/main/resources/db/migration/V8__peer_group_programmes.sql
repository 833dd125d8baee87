-- A space's peer-group programme: how its groups are formed (docs/PEER-GROUPS.md), from which of
-- the space's linked courses, when and how often. One per space.
create table peer_group_programme (
    id               uuid primary key,
    space_id         uuid          not null references space (id),
    target_size      integer       not null,
    min_size         integer       not null,
    max_size         integer       not null,
    viable_size      integer       not null,
    -- {"department": 1.0, ...}: the attributes to diversify and their weights
    attributes       varchar(2000) not null,
    shared_language  boolean       not null,
    overlap_hours    integer       not null,
    teams_apart      boolean       not null,
    -- [["person id", "person id"], ...]
    never_together   varchar(8000) not null,
    trigger_kind     varchar(16)   not null,
    cadence          varchar(16)   not null,
    -- ["prompt", ...]: seeded as threads in every new group
    starter_prompts  varchar(8000) not null,
    updated_by       uuid          not null references person (id),
    updated_at       timestamp with time zone not null
);
create unique index ux_peer_group_programme_space on peer_group_programme (space_id);

create table peer_group_programme_course (
    programme_id      uuid not null references peer_group_programme (id),
    course_context_id uuid not null references course_context (id),
    primary key (programme_id, course_context_id)
);

-- Attributes uploaded for a person (CSV), read over the values their launches and roster carry.
create table peer_group_attribute_upload (
    programme_id uuid          not null references peer_group_programme (id),
    person_id    uuid          not null references person (id),
    attributes   varchar(4000) not null,
    uploaded_by  uuid          not null references person (id),
    uploaded_at  timestamp with time zone not null,
    primary key (programme_id, person_id)
);

-- A formation run. running_key is the programme's id while the run is RUNNING and null after, so
-- that the unique index lets one run per programme go at a time, across nodes.
create table peer_group_formation (
    id           uuid primary key,
    programme_id uuid          not null references peer_group_programme (id),
    state        varchar(16)   not null,
    progress     integer       not null,
    running_key  uuid,
    seed         bigint        not null,
    report       varchar(4000),
    error        varchar(1000),
    started_by   uuid          not null references person (id),
    started_at   timestamp with time zone not null,
    finished_at  timestamp with time zone
);
create unique index ux_peer_group_formation_running on peer_group_formation (running_key);
create index ix_peer_group_formation_programme on peer_group_formation (programme_id, started_at);

-- The draft a run proposes, edited by facilitators until it is published: one row a person, with
-- the values they were grouped by (shown to facilitators only). group_number is null when unplaced.
create table peer_group_draft_member (
    formation_id uuid          not null references peer_group_formation (id),
    person_id    uuid          not null references person (id),
    group_number integer,
    reason       varchar(32),
    locked       boolean       not null,
    person_values varchar(4000) not null,
    primary key (formation_id, person_id)
);

-- A published round of a programme; its groups are the peer_group rows with its id.
create table peer_group_round (
    id           uuid primary key,
    programme_id uuid    not null references peer_group_programme (id),
    number       integer not null,
    formation_id uuid    not null references peer_group_formation (id),
    published_by uuid    not null references person (id),
    published_at timestamp with time zone not null
);
create unique index ux_peer_group_round_number on peer_group_round (programme_id, number);

alter table peer_group add column round_id uuid references peer_group_round (id);
