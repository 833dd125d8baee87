-- A name people choose for others when their LMS shares none (privacy settings that send no name):
-- without it everyone would be the same "Member". Shown only while the LMS still shares no name.
alter table person add column chosen_name varchar(80);
