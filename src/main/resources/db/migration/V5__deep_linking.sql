-- Deep Linking 2.0: the designer's open request, and spaces started for copied courses.

-- An LtiDeepLinkingRequest as the platform sent it, kept on the server so that the response goes
-- to the return URL, deployment and `data` of the request — never to values the browser sends
-- back (LTI.md negative test 21). Answered once; the row stays as a record of what was placed.
create table deep_linking_request (
    id                uuid primary key,
    registration_id   uuid          not null references platform_registration (id),
    deployment_id     varchar(255)  not null,
    person_id         uuid          not null references person (id),
    course_context_id uuid          not null references course_context (id),
    return_url        varchar(2048) not null,
    data              varchar(8192),
    accept_types      varchar(500)  not null,
    accept_targets    varchar(500)  not null,
    accept_multiple   boolean       not null,
    title             varchar(500),
    text              varchar(4000),
    created_at        timestamp with time zone not null,
    expires_at        timestamp with time zone not null,
    answered_at       timestamp with time zone
);
create index ix_deep_linking_request_person on deep_linking_request (person_id);

-- What a copied course gets when its links name a space it is not linked to: the same space
-- (JOIN) or a new run of it (NEW_RUN). A run remembers the space it was started from and the
-- course it was started for, once per pair.
alter table space add column course_copies varchar(16) default 'JOIN' not null;
alter table space add column run_of uuid references space (id);
alter table space add column run_for_course uuid references course_context (id);
create unique index uq_space_run on space (run_of, run_for_course);
