-- Benchmark data for one organisation (:org, deployment :deployment): :people people (50,000 unless set), 1,000
-- courses each linked to its space, 5 course memberships per person, 100,000 threads (100 per
-- space, 5% shared organisation-wide), 1,000,000 posts (an opening post and 9 replies per thread)
-- written from a 2,000-word vocabulary, 200 tags. Deterministic: the same data every run.
create temp table g_person as select n, gen_random_uuid() as id from generate_series(1, :people) n;
create index on g_person (n);
create temp table g_course as select n, gen_random_uuid() as id from generate_series(1, 1000) n;
create index on g_course (n);
create temp table g_space as select n, gen_random_uuid() as id from generate_series(1, 1000) n;
create index on g_space (n);
create temp table g_tag as select n, gen_random_uuid() as id from generate_series(1, 200) n;
create index on g_tag (n);

-- Pseudo-words from syllables: ka-lo-mi …
create temp table g_word as
  select n, (array['ka','lo','mi','ne','su','ra','to','vi','de','po','li','mu','sa','ke','no','ri'])[1 + n % 16]
         || (array['ba','te','ro','si','na','ku','le','mo','fa','gi','ho','ju','pe','qu','wa','ze'])[1 + (n / 16) % 16]
         || (array['','n','r','s','l','t','m','x'])[1 + (n / 256) % 8] as w
  from generate_series(0, 1999) n;
create index on g_word (n);
create temp table g_sentence as
  select s.n, (select string_agg(g.w, ' ' order by i) from generate_series(1, 15 + s.n % 16) i
               join g_word g on g.n = (s.n * 7919 + i * 104729) % 2000) as text
  from generate_series(1, 5000) s(n);
create index on g_sentence (n);

insert into person (id, organisation_id, subject, display_name, given_name, family_name, email, status, created_at, updated_at)
  select id, :org, 'gen-' || n, 'Member ' || n, 'Member', '' || n, 'member' || n || '@bench.example', 'ACTIVE', now(), now()
  from g_person;
insert into course_context (id, organisation_id, deployment_id, context_key, label, title, created_at, updated_at)
  select id, :org, :deployment, 'bench-course-' || n, 'BC' || n, 'Bench course ' || n, now(), now() from g_course;
insert into space (id, organisation_id, title, purpose, description, kind, archived, created_by, created_at, updated_at)
  select s.id, :org, 'Community ' || s.n, 'Practice ' || s.n, null, 'COMMUNITY_OF_PRACTICE', false,
         (select id from g_person where n = 1), now(), now() from g_space s;
insert into space_course (space_id, course_context_id, linked_by, linked_at)
  select s.id, c.id, null, now() from g_space s join g_course c on c.n = s.n;
insert into course_membership (id, course_context_id, person_id, roles, status, source, created_at, updated_at)
  select gen_random_uuid(), c.id, p.id, 'LEARNER', 'ACTIVE', 'ROSTER', now(), now()
  from g_person p cross join generate_series(0, 4) k join g_course c on c.n = ((p.n * 7 + k * 131) % 1000) + 1;
insert into tag (id, organisation_id, name, label, created_at)
  select t.id, :org, g.w || '-' || t.n, g.w || ' ' || t.n, now() from g_tag t join g_word g on g.n = t.n * 7;

create temp table g_thread as
  select n, gen_random_uuid() as id, ((n - 1) / 100) + 1 as space_n, (n * 31 % :people) + 1 as author_n,
         now() - ((100000 - n) * interval '3 minutes') as published
  from generate_series(1, 100000) n;
create index on g_thread (n);
insert into thread (id, space_id, organisation_id, author_id, title, audience, peer_group_id, pinned, seeded, locked,
                    publish_at, last_activity_at, reply_count, created_at, updated_at)
  select t.id, s.id, :org, p.id, initcap(split_part(se.text, ' ', 1)) || ' ' || split_part(se.text, ' ', 2) || ' '
         || split_part(se.text, ' ', 3) || ' ' || split_part(se.text, ' ', 4) || '?',
         case when t.n % 20 = 0 then 'ORGANISATION' else 'SPACE' end, null, false, false, false,
         t.published, t.published + interval '9 minutes', 9, t.published, t.published
  from g_thread t join g_space s on s.n = t.space_n join g_person p on p.n = t.author_n join g_sentence se on se.n = (t.n % 5000) + 1;
insert into thread_tag (thread_id, tag_id)
  select t.id, g.id from g_thread t join g_tag g on g.n = (t.n * 37 % 200) + 1;

insert into post (id, thread_id, space_id, author_id, parent_id, quoted_post_id, opening, body_markdown, body_html, body_text,
                  shared_wider, org_wide, version, created_at)
  select gen_random_uuid(), t.id, s.id, p.id, null, null, x.idx = 0, a.text || ' ' || b.text, '<p>' || a.text || ' ' || b.text || '</p>',
         a.text || ' ' || b.text, x.idx = 0, x.idx = 0 and t.n % 20 = 0, 1, t.published + x.idx * interval '1 minute'
  from (select n, ((n - 1) / 10) + 1 as thread_n, (n - 1) % 10 as idx from generate_series(1, 1000000) n) x
  join g_thread t on t.n = x.thread_n
  join g_space s on s.n = t.space_n
  join g_person p on p.n = case when x.idx = 0 then t.author_n else ((x.n * 13) % :people) + 1 end
  join g_sentence a on a.n = (x.n * 13 % 5000) + 1
  join g_sentence b on b.n = (x.n * 17 % 5000) + 1;
analyze;
