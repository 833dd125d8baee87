-- Community health reads an organisation's posts of a period (who created, contributed, posted for
-- the first time) across all its spaces: without an index on when a post was written that is a scan
-- of every post (about 250 ms for 1,000,000).
create index ix_post_written on post (created_at);
