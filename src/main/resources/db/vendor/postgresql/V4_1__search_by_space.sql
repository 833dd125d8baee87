-- Search looks only where the person may see: their spaces, and what is shared organisation-wide.
-- With btree_gin one GIN index serves "in these spaces and matching these words"; a partial index
-- serves the organisation-wide posts. btree_gin ships with PostgreSQL (contrib) and is a trusted
-- extension; where it cannot be created, the plain text indexes below still serve, only slower.
do $$
begin
    create extension if not exists btree_gin;
exception when others then
    raise notice 'btree_gin not available (%): search uses the text indexes alone', sqlerrm;
end $$;

do $$
begin
    if exists (select 1 from pg_extension where extname = 'btree_gin') then
        execute 'create index ix_post_search_space on post using gin (space_id, to_tsvector(''simple'', body_text))';
        execute 'create index ix_thread_search_space on thread using gin (space_id, to_tsvector(''simple'', title))';
    end if;
end $$;

create index ix_post_search_org on post using gin (to_tsvector('simple', body_text)) where org_wide;
create index ix_thread_search_org on thread using gin (to_tsvector('simple', title)) where audience = 'ORGANISATION';
