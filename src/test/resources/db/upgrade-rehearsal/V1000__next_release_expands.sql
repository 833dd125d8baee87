-- The next release's migration as RollingUpgradeIT plays it: expand steps only (docs/UPGRADES.md),
-- applied while a node of the current release keeps serving. Not a migration of the application:
-- nodes get it only through thirdspace.db.extra-migration-locations. Version 1000 so that it stays
-- newer than every real migration. PostgreSQL only.

-- Keeps Flyway's lock long enough for the old node's load to cross the migration and for a second
-- new node to wait on the lock; locks no table of the application meanwhile.
select pg_sleep(3);

-- A new table the old release does not know.
create table post_translation (
    post_id uuid not null references post (id),
    language varchar(35) not null,
    body_html varchar(60000) not null,
    primary key (post_id, language)
);

-- A nullable column on a busy table: the old release's inserts, which do not name it, still succeed.
alter table post add column reading_minutes integer;

-- A new index on the same table.
create index post_reading_minutes on post (reading_minutes);
