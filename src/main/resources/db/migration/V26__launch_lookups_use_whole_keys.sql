-- A launch's look-ups by key run on cached generic plans on PostgreSQL, which may be made while a
-- table is still small and then kept as it grows. The LTI 1.1 index of V17 shared its leading
-- column with person's unique key (organisation_id, subject) and could win such a plan for a
-- launch's person with only organisation_id in its condition: every person of the organisation
-- was read to find one, ~2-4 ms a launch at 5,000 people and more with every newcomer, until the
-- table was analyzed again. Led by lti11_user_id, it serves only the look-ups that name one. The
-- new index comes before the old one goes, so a node still running the previous release never
-- looks up without one (docs/UPGRADES.md: expand, then contract). V26_1 does the same for
-- course_membership on PostgreSQL.
create index ix_person_by_lti11_user on person (lti11_user_id, organisation_id);
drop index ix_person_lti11_user;
