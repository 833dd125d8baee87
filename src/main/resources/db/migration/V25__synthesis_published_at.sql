-- When a weekly synthesis was published (left its draft). A digest tells a week from then, not from
-- when its draft was made: a digest sent between the two used to leave the week out of every
-- later digest. Expand only: older nodes do not read the column.
alter table artifact add column published_at timestamp with time zone;

-- Weeks published before this release: the publication recorded for the space's week, else the
-- artifact's last change (a synthesis made by hand and then reviewed).
update artifact set published_at = coalesce(
        (select w.published_at from weekly_synthesis w where w.artifact_id = artifact.id), updated_at)
    where kind = 'WEEKLY_SYNTHESIS' and verification <> 'DRAFT';

create index ix_artifact_published on artifact (organisation_id, published_at);
