-- Community spaces and conversations.
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode); full-text search indexes that only
-- PostgreSQL has live in db/vendor/postgresql.

-- A space belongs to one organisation and can be linked from many courses and course runs.
create table space (
    id              uuid primary key,
    organisation_id uuid          not null references platform_registration (id),
    title           varchar(200)  not null,
    purpose         varchar(500),
    description     varchar(4000),
    kind            varchar(24)   not null,
    archived        boolean       not null,
    created_by      uuid          not null references person (id),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);
create index ix_space_org on space (organisation_id, title);

-- The courses (and runs) whose members are members of the space.
create table space_course (
    space_id          uuid not null references space (id),
    course_context_id uuid not null references course_context (id),
    linked_by         uuid references person (id),
    linked_at         timestamp with time zone not null,
    primary key (space_id, course_context_id)
);
create index ix_space_course_course on space_course (course_context_id);

-- Which space a link on a course page opens.
create table space_entry (
    resource_link_id uuid primary key references resource_link (id),
    space_id         uuid not null references space (id),
    created_at       timestamp with time zone not null
);

-- A person's own standing in a space: a role given by a facilitator (beyond what their course
-- role gives), whether they are dormant or have left, and when they last looked.
create table space_member (
    space_id     uuid        not null references space (id),
    person_id    uuid        not null references person (id),
    role         varchar(24),
    status       varchar(16) not null,
    joined_at    timestamp with time zone not null,
    last_seen_at timestamp with time zone,
    primary key (space_id, person_id)
);
create index ix_space_member_person on space_member (person_id);

-- Small groups inside a space (post-course peer groups).
create table peer_group (
    id         uuid primary key,
    space_id   uuid         not null references space (id),
    name       varchar(120) not null,
    created_at timestamp with time zone not null
);
create table peer_group_member (
    peer_group_id uuid not null references peer_group (id),
    person_id     uuid not null references person (id),
    added_at      timestamp with time zone not null,
    primary key (peer_group_id, person_id)
);
create index ix_peer_group_member_person on peer_group_member (person_id);

-- Tags are shared across the organisation; the name is normalised, the label as first written.
create table tag (
    id              uuid primary key,
    organisation_id uuid         not null references platform_registration (id),
    name            varchar(60)  not null,
    label           varchar(60)  not null,
    created_at      timestamp with time zone not null,
    constraint uq_tag unique (organisation_id, name)
);

-- A conversation. Seeded topics are threads whose publish_at lies ahead until it comes.
create table thread (
    id               uuid primary key,
    space_id         uuid         not null references space (id),
    organisation_id  uuid         not null references platform_registration (id),
    author_id        uuid         not null references person (id),
    title            varchar(300) not null,
    audience         varchar(16)  not null,
    peer_group_id    uuid references peer_group (id),
    pinned           boolean      not null,
    seeded           boolean      not null,
    locked           boolean      not null,
    publish_at       timestamp with time zone not null,
    last_activity_at timestamp with time zone not null,
    reply_count      integer      not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    deleted_at       timestamp with time zone
);
create index ix_thread_feed on thread (space_id, publish_at, id);
create index ix_thread_org_audience on thread (organisation_id, audience, publish_at);

create table thread_tag (
    thread_id uuid not null references thread (id),
    tag_id    uuid not null references tag (id),
    primary key (thread_id, tag_id)
);
create index ix_thread_tag_tag on thread_tag (tag_id);

-- The opening post of a thread and its replies. Replies nest one level: a reply to a reply hangs
-- under the same top-level reply. A deleted post stays as a tombstone.
create table post (
    id             uuid primary key,
    thread_id      uuid           not null references thread (id),
    space_id       uuid           not null references space (id),
    author_id      uuid           not null references person (id),
    parent_id      uuid references post (id),
    quoted_post_id uuid references post (id),
    opening        boolean        not null,
    body_markdown  varchar(20000) not null,
    body_html      varchar(60000) not null,
    body_text      varchar(20000) not null,
    shared_wider   boolean        not null,
    version        integer        not null,
    created_at     timestamp with time zone not null,
    edited_at      timestamp with time zone,
    deleted_at     timestamp with time zone
);
create index ix_post_thread on post (thread_id, created_at, id);
create index ix_post_author on post (author_id, created_at);

-- Every earlier version of an edited post.
create table post_revision (
    id            uuid primary key,
    post_id       uuid           not null references post (id),
    version       integer        not null,
    title         varchar(300),
    body_markdown varchar(20000) not null,
    edited_by     uuid           not null references person (id),
    replaced_at   timestamp with time zone not null,
    constraint uq_post_revision unique (post_id, version)
);

-- A small positive set only: no downvotes.
create table reaction (
    post_id    uuid        not null references post (id),
    person_id  uuid        not null references person (id),
    kind       varchar(16) not null,
    created_at timestamp with time zone not null,
    primary key (post_id, person_id, kind)
);

-- What a person has read, for unread markers.
create table thread_read (
    person_id    uuid not null references person (id),
    thread_id    uuid not null references thread (id),
    last_read_at timestamp with time zone not null,
    primary key (person_id, thread_id)
);

-- Following a thread or a tag.
create table follow (
    person_id   uuid        not null references person (id),
    target_kind varchar(16) not null,
    target_id   uuid        not null,
    created_at  timestamp with time zone not null,
    primary key (person_id, target_kind, target_id)
);

-- In-app notifications (mentions, replies to followed threads).
create table notification (
    id          uuid primary key,
    person_id   uuid        not null references person (id),
    kind        varchar(24) not null,
    actor_id    uuid references person (id),
    space_id    uuid references space (id),
    thread_id   uuid references thread (id),
    post_id     uuid references post (id),
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone
);
create index ix_notification_person on notification (person_id, created_at);

-- A request to show a thread to a wider audience, waiting for its author's consent.
create table audience_request (
    id            uuid primary key,
    thread_id     uuid        not null references thread (id),
    requested_by  uuid        not null references person (id),
    audience      varchar(16) not null,
    requested_at  timestamp with time zone not null,
    decided_at    timestamp with time zone,
    accepted      boolean
);

-- What a person chooses to show on their member card.
create table person_card (
    person_id   uuid primary key references person (id),
    headline    varchar(200),
    about       varchar(2000),
    show_email  boolean not null,
    updated_at  timestamp with time zone not null
);
