-- Who was in a peer group and is no longer (moved by a re-formation, left by themselves, left with
-- the course). The people they were grouped with still count as met when the programme forms its
-- next round, so that a round never repeats a pair only because one of them moved on.
create table peer_group_past_member (
    peer_group_id uuid not null references peer_group (id),
    person_id     uuid not null references person (id),
    added_at      timestamp with time zone not null,
    primary key (peer_group_id, person_id)
);
