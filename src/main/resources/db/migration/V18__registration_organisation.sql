-- A platform that re-creates the tool gives it a new client id, hence a new registration. Until now
-- a registration was its own organisation, so the new one started empty: its people, courses and
-- spaces were strangers to the old ones. A registration may now be attached to the organisation of
-- an earlier one: its launches then belong to that organisation (people by subject, courses by
-- deployment and context id), and the old spaces stay reachable. Empty means the registration is
-- its own organisation, as before; nothing else changes, so every organisation_id keeps naming the
-- registration that started the organisation.
alter table platform_registration add column organisation_id uuid references platform_registration (id);
create index ix_platform_registration_org on platform_registration (organisation_id);
