-- PostgreSQL full-text search over what people write: thread titles and post bodies (plain text).
-- The 'simple' configuration: organisations write in many languages, and no stemming is wrong in
-- none of them.
create index ix_post_search on post using gin (to_tsvector('simple', body_text));
create index ix_thread_search on thread using gin (to_tsvector('simple', title));
