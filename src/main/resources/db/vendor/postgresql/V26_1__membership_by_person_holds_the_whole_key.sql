-- As V26 for person: course_membership's index on person_id alone could win a launch's cached
-- generic plan for a membership by (course_context_id, person_id) while the table was small, and
-- then read every membership of the person. With both columns it holds the whole key, and still
-- serves the look-ups by person. PostgreSQL only: H2 keeps the old index for the foreign key it
-- backs there, and plans each statement anew.
create index ix_course_membership_by_person on course_membership (person_id, course_context_id);
drop index ix_course_membership_person;
