-- Roster sync (issue 6): LTI Names and Role Provisioning Services 2.0 and Course Groups.
-- Portable SQL: the same file runs on PostgreSQL and on H2 (MODE=PostgreSQL, DATABASE_TO_LOWER).

-- What the LMS offered for a course at its latest launch, how far the last sync got, and the
-- lease that lets exactly one node of a cluster sync the course at a time.
create table course_roster (
    course_context_id  uuid primary key references course_context (id),
    memberships_url    varchar(2048),
    resource_link_key  varchar(255),
    differences_url    varchar(2048),
    groups_url         varchar(2048),
    group_sets_url     varchar(2048),
    last_success_at    timestamp with time zone,
    last_attempt_at    timestamp with time zone,
    lease_job_id       uuid,
    lease_until        timestamp with time zone,
    updated_at         timestamp with time zone not null
);
create index ix_course_roster_due on course_roster (last_attempt_at);

-- One row per sync run: what started it, how far it got, how it ended. Kept as the admin's history.
create table roster_sync (
    id                  uuid primary key,
    organisation_id     uuid          not null references platform_registration (id),
    course_context_id   uuid          not null references course_context (id),
    sync_trigger        varchar(16)   not null,
    requested_by        varchar(300)  not null,
    mode                varchar(16)   not null,
    state               varchar(16)   not null,
    node                varchar(200)  not null,
    pages_fetched       integer       not null,
    members_applied     integer       not null,
    members_added       integer       not null,
    members_updated     integer       not null,
    members_deactivated integer       not null,
    groups_imported     integer       not null,
    expected_members    integer,
    warnings            integer       not null,
    last_warning        varchar(1000),
    error               varchar(2000),
    created_at          timestamp with time zone not null,
    heartbeat_at        timestamp with time zone not null,
    finished_at         timestamp with time zone
);
create index ix_roster_sync_course on roster_sync (course_context_id, created_at);
create index ix_roster_sync_org on roster_sync (organisation_id, created_at);

-- The sync that last listed a membership (a full roster deactivates those it did not list), and
-- the member's resource-link custom values from NRPS `message` claims.
alter table course_membership add column roster_sync_id uuid;
alter table course_membership add column custom varchar(4000);

-- Identifiers the LMS gives besides `sub`: the SIS id and the LTI 1.1 user id (migration).
alter table person add column lis_person_sourcedid varchar(255);
alter table person add column lti11_user_id varchar(255);

-- Course Groups Service 1.0: group sets and groups of a course, and who is in which group.
create table course_group_set (
    id                uuid primary key,
    course_context_id uuid         not null references course_context (id),
    set_key           varchar(255) not null,
    name              varchar(500) not null,
    tag               varchar(255),
    active            boolean      not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint uq_course_group_set unique (course_context_id, set_key)
);

create table course_group (
    id                uuid primary key,
    course_context_id uuid         not null references course_context (id),
    group_key         varchar(255) not null,
    name              varchar(500) not null,
    tag               varchar(255),
    set_keys          varchar(2000),
    active            boolean      not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint uq_course_group unique (course_context_id, group_key)
);

create table course_group_member (
    id                uuid primary key,
    course_group_id   uuid not null references course_group (id),
    person_id         uuid not null references person (id),
    course_context_id uuid not null references course_context (id),
    created_at        timestamp with time zone not null,
    constraint uq_course_group_member unique (course_group_id, person_id)
);
create index ix_course_group_member_person on course_group_member (course_context_id, person_id);
