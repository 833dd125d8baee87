-- Anyone may open the tool's Dynamic Registration URL, and each attempt makes the tool fetch a
-- platform's configuration and call its registration endpoint. The attempts of the last hour are
-- kept here, where every node of a cluster counts the same ones, so that the installation accepts at
-- most thirdspace.lti.dynamic-registration.per-hour of them. A refused attempt is not kept; older
-- rows are deleted as new attempts come.
create table dynamic_registration_attempt (
    id uuid primary key,
    attempted_at timestamp with time zone not null
);
create index ix_dynamic_registration_attempt_at on dynamic_registration_attempt (attempted_at);
