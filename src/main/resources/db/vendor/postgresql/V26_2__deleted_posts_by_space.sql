-- Each grade tick asks, per graded link, how many of its space's posts are deleted (ScoreInputs):
-- a change there may change a score. This index holds the deleted posts only, so the count reads
-- a few entries instead of every post of the space; it costs nothing when a post is written, and
-- a post is deleted once. PostgreSQL only: H2 has no partial indexes, and serves development.
create index ix_post_deleted_by_space on post (space_id) where deleted_at is not null;
