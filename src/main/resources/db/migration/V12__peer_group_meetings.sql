-- A peer group's meetings: one series per group (monthly by default, on the n-th weekday of the
-- month at a time of the UTC day that suits the members' working hours, with its agenda; agenda
-- null means the product's starter prompts), and what its members keep of each meeting (a
-- recording link and notes), by the meeting's number in the series (0 the first).
create table peer_group_meeting_series (
    peer_group_id    uuid primary key references peer_group (id),
    first_start_at   timestamp with time zone not null,
    duration_minutes integer not null,
    interval_months  integer not null,
    week_of_month    integer not null,
    weekday          varchar(16) not null,
    agenda           varchar(4000),
    within_hours     integer not null,
    known_hours      integer not null,
    sequence         integer not null,
    scheduled_by     uuid not null references person (id),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);

create table peer_group_meeting (
    id             uuid primary key,
    peer_group_id  uuid not null references peer_group (id),
    occurrence     integer not null,
    recording_url  varchar(2000),
    notes          varchar(20000),
    updated_by     uuid not null references person (id),
    updated_at     timestamp with time zone not null,
    constraint uq_peer_group_meeting unique (peer_group_id, occurrence)
);
