-- The artifact library's word search: the same 'simple' full-text configuration as posts
-- (V2_1), over an artifact's title and text together, per organisation.
create index ix_artifact_search on artifact using gin (to_tsvector('simple', title || ' ' || body_text));
