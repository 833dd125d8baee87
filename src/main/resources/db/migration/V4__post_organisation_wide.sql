-- Whether a post can be seen by the whole organisation: it is in an organisation-wide thread and
-- its author shared it (the opening post always is). Kept on the post so that search can look up
-- "organisation-wide" posts through an index instead of joining every thread.
alter table post add column org_wide boolean not null default false;
