-- Assignment and Grade Services 2.0 (issue 16): what a space link sends back to the LMS gradebook.
-- Portable SQL: the same file runs on PostgreSQL and on H2 (MODE=PostgreSQL, DATABASE_TO_LOWER).

-- Per resource link: the AGS endpoint of its latest launch (scopes, line items container, line
-- item), the line item the tool found or created for it, and the instructor's grading setting
-- (off by default): "started or replied to N conversations between two dates".
create table link_grading (
    resource_link_id        uuid primary key references resource_link (id),
    organisation_id         uuid          not null references platform_registration (id),
    course_context_id       uuid          not null references course_context (id),
    link_key                varchar(255)  not null,
    link_title              varchar(500),
    line_items_url          varchar(2048),
    line_item_url           varchar(2048),
    scopes                  varchar(1000),
    line_item               varchar(2048),
    enabled                 boolean       not null,
    required_conversations  integer       not null,
    period_start            timestamp with time zone,
    period_end              timestamp with time zone,
    changed_by              uuid references person (id),
    updated_at              timestamp with time zone not null
);
create index ix_link_grading_enabled on link_grading (enabled);

-- The outbox: one row per learner and link holding the score to send, its delivery state, the
-- last timestamp sent (AGS timestamps must increase strictly per user and line item), retries
-- with back-off, the lease that lets one node send it, and the last problem in the LMS's answer.
create table grade_delivery (
    id                 uuid primary key,
    resource_link_id   uuid          not null references resource_link (id),
    person_id          uuid          not null references person (id),
    subject            varchar(255)  not null,
    score_given        integer       not null,
    score_maximum      integer       not null,
    activity_progress  varchar(16)   not null,
    grading_progress   varchar(16)   not null,
    state              varchar(16)   not null,
    attempts           integer       not null,
    next_attempt_at    timestamp with time zone not null,
    lease_until        timestamp with time zone,
    last_timestamp     timestamp with time zone,
    problem            varchar(32),
    problem_status     integer,
    sent_at            timestamp with time zone,
    updated_at         timestamp with time zone not null,
    constraint uq_grade_delivery unique (resource_link_id, person_id)
);
create index ix_grade_delivery_due on grade_delivery (state, next_attempt_at);
