-- Safe space: codes of conduct and their acceptance, reports, moderation cases with their history,
-- the moderators' audit, suspensions, personal controls (mute, block) and the watch list.
-- Plain types only, so the catalogue is the same on H2 and PostgreSQL.

-- A version of a code of conduct. The scope is the organisation (its default) or one space (an
-- override); versions count up per scope and are never rewritten, so an acceptance names the
-- exact text a person agreed to.
create table conduct_version (
    id              uuid primary key,
    organisation_id uuid           not null references platform_registration (id),
    space_id        uuid references space (id),
    scope_id        uuid           not null,
    version         integer        not null,
    body            varchar(20000) not null,
    written_by      uuid           not null references person (id),
    created_at      timestamp with time zone not null
);
create unique index uq_conduct_version on conduct_version (scope_id, version);

-- A person accepted a version of the code that applied in a space (scope and version; version 0
-- of an organisation scope is the built-in text). Every acceptance is kept.
create table conduct_acceptance (
    id          uuid primary key,
    space_id    uuid    not null references space (id),
    person_id   uuid    not null references person (id),
    scope_id    uuid    not null,
    version     integer not null,
    accepted_at timestamp with time zone not null
);
create unique index uq_conduct_acceptance on conduct_acceptance (space_id, person_id, scope_id, version);

-- Moderators may hide a post pending review; it keeps its place with a neutral notice.
alter table post add column hidden_at timestamp with time zone;

-- A case about one post: opened by reports, by the watch list or by a moderator. Its state
-- moves only along the transitions of ModerationState; every step is in moderation_step.
create table moderation_case (
    id                  uuid primary key,
    organisation_id     uuid        not null references platform_registration (id),
    space_id            uuid        not null references space (id),
    thread_id           uuid        not null references thread (id),
    post_id             uuid        not null references post (id),
    author_id           uuid        not null references person (id),
    origin              varchar(16) not null,
    state               varchar(16) not null,
    review_requested_at timestamp with time zone,
    steps               integer     not null,
    opened_at           timestamp with time zone not null,
    updated_at          timestamp with time zone not null
);
create index ix_moderation_case_space on moderation_case (space_id, state, updated_at);
create index ix_moderation_case_post on moderation_case (post_id);

-- The history of a case: who did what, when, why, and the post's text as it was then.
create table moderation_step (
    id           uuid primary key,
    case_id      uuid        not null references moderation_case (id),
    position     integer     not null,
    kind         varchar(24) not null,
    from_state   varchar(16) not null,
    to_state     varchar(16) not null,
    actor_id     uuid references person (id),
    reason       varchar(4000),
    post_version integer     not null,
    content      varchar(20000) not null,
    taken_at     timestamp with time zone not null
);
-- Steps are numbered per case: the history reads in order even within one millisecond, and two
-- moderators deciding at once cannot both write the same next step.
create unique index uq_moderation_step on moderation_step (case_id, position);

-- A member's report of a post: one per person and post.
create table post_report (
    id          uuid primary key,
    case_id     uuid         not null references moderation_case (id),
    post_id     uuid         not null references post (id),
    reporter_id uuid         not null references person (id),
    reason      varchar(24)  not null,
    text        varchar(2000),
    created_at  timestamp with time zone not null
);
create unique index uq_post_report on post_report (post_id, reporter_id);
create index ix_post_report_reporter on post_report (reporter_id, created_at);

-- Everything moderators do, for the space's moderators to see.
create table moderation_action (
    id              uuid primary key,
    organisation_id uuid         not null references platform_registration (id),
    space_id        uuid references space (id),
    actor_id        uuid         not null references person (id),
    action          varchar(32)  not null,
    target_id       uuid,
    detail          varchar(4000),
    acted_at        timestamp with time zone not null
);
create index ix_moderation_action_space on moderation_action (space_id, acted_at);
create index ix_moderation_action_org on moderation_action (organisation_id, acted_at);

-- A member may not write in a space until a time; lifting early is recorded.
create table space_suspension (
    id           uuid primary key,
    space_id     uuid          not null references space (id),
    person_id    uuid          not null references person (id),
    suspended_by uuid          not null references person (id),
    reason       varchar(2000),
    ends_at      timestamp with time zone not null,
    created_at   timestamp with time zone not null,
    lifted_at    timestamp with time zone,
    lifted_by    uuid references person (id)
);
create index ix_space_suspension_person on space_suspension (space_id, person_id, ends_at);

-- Personal controls: a muted thread tells nothing; a blocked member's posts come collapsed and
-- their mentions are not delivered.
create table thread_mute (
    person_id  uuid not null references person (id),
    thread_id  uuid not null references thread (id),
    created_at timestamp with time zone not null,
    primary key (person_id, thread_id)
);
create table person_block (
    blocker_id uuid not null references person (id),
    blocked_id uuid not null references person (id),
    created_at timestamp with time zone not null,
    primary key (blocker_id, blocked_id)
);

-- The organisation's watch list: a post that contains a term is published and queued for review.
create table watch_term (
    id              uuid primary key,
    organisation_id uuid         not null references platform_registration (id),
    term            varchar(100) not null,
    added_by        uuid         not null references person (id),
    created_at      timestamp with time zone not null
);
create unique index uq_watch_term on watch_term (organisation_id, term);

-- Templates of private notes to authors, in the organisation's words (no space) or a space's own;
-- the page also offers a few built-in ones in the reader's language.
create table note_template (
    id              uuid primary key,
    organisation_id uuid          not null references platform_registration (id),
    space_id        uuid references space (id),
    title           varchar(200)  not null,
    body            varchar(2000) not null,
    written_by      uuid          not null references person (id),
    created_at      timestamp with time zone not null
);
create index ix_note_template_org on note_template (organisation_id, space_id);
