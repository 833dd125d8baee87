-- An organisation's defaults for its spaces and people (issue 15, the console): the report
-- threshold, the digest frequency of people who chose none, and who may start spaces. One row per
-- organisation that saved any; without a row the tool's settings apply. The organisation's code of
-- conduct stays in conduct_version.
create table organisation_defaults (
    organisation_id  uuid primary key references platform_registration (id),
    report_threshold integer      not null,
    digest_default   varchar(10)  not null,
    space_creation   varchar(30)  not null,
    updated_by       varchar(300) not null,
    updated_at       timestamp with time zone not null,
    constraint ck_organisation_defaults_threshold check (report_threshold between 1 and 50),
    constraint ck_organisation_defaults_digest check (digest_default in ('WEEKLY', 'DAILY', 'OFF')),
    constraint ck_organisation_defaults_creation check (space_creation in ('INSTRUCTORS_AND_ADMINS', 'ADMINS_ONLY'))
);

-- The operator (bootstrap credential) writes an organisation's code of conduct from the console
-- and is no person of the organisation.
alter table conduct_version alter column written_by drop not null;
