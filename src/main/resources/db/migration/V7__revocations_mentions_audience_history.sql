-- Trust: sessions that can end before they expire, mentions the server itself recorded, and the
-- history of who widened or narrowed a thread's audience. Plain types only (SchemaParityIT).

-- A session token stays valid until it expires unless it is revoked here: every token of one
-- session issued before not_before (sign-out: the session's end; renewal: the new token's issue
-- time), or every token of a person or an organisation issued before it. A row is needed only
-- while a token it refuses could still be valid (expires_at); each node reads new rows every few
-- seconds (SessionRevocations), so revocation holds on every node of a cluster.
create table session_revocation (
    scope       varchar(16) not null,
    subject     varchar(64) not null,
    not_before  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    recorded_at timestamp with time zone not null,
    primary key (scope, subject)
);
create index ix_session_revocation_recorded on session_revocation (recorded_at);

-- The people a post mentions, as the server resolved them when it was written: a mention renders
-- only from these rows, with the person's current name, whatever the text around it says.
create table post_mention (
    post_id   uuid not null references post (id),
    person_id uuid not null references person (id),
    primary key (post_id, person_id)
);
-- Mentions of posts written before this table existed: those that were delivered as notifications.
insert into post_mention (post_id, person_id)
select distinct n.post_id, n.person_id from notification n where n.kind = 'MENTION' and n.post_id is not null;

-- Each change of a thread's audience: widened by its author (or at the author's acceptance of a
-- facilitator's request), narrowed back by its author. peer_group_id is the group of the narrower
-- side when that side is a peer group, so that narrowing back returns the thread to its group.
create table thread_audience_change (
    id            uuid primary key,
    thread_id     uuid        not null references thread (id),
    from_audience varchar(16) not null,
    to_audience   varchar(16) not null,
    peer_group_id uuid references peer_group (id),
    request_id    uuid references audience_request (id),
    changed_by    uuid        not null references person (id),
    changed_at    timestamp with time zone not null
);
create index ix_thread_audience_change on thread_audience_change (thread_id, changed_at);
