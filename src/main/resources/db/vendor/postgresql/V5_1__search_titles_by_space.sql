-- Thread titles are searched, within a person's spaces, faster without the (space_id, title words)
-- GIN index: a space holds a few hundred threads, which ix_thread_feed finds at once and whose
-- titles are cheap to check, while the GIN index reads a word's whole posting list for every
-- space. Measured on the community benchmark (1,000,000 posts, 100,000 threads, 1,000 spaces):
-- a two-word search in five spaces took 30 ms with the index and 11 ms without it.
drop index if exists ix_thread_search_space;
