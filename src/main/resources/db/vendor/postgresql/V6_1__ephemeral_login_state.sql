-- OIDC login state lives minutes and is worth nothing after a crash: an unlogged table skips the
-- write-ahead log, so a login's insert and its consumption cost no WAL and the login's own
-- transaction no flush to disk (it touches no logged table). After a crash PostgreSQL empties the
-- table; a launch then in flight finds no login and is refused as unknown state (the person
-- launches again), and a replayed id_token is refused the same way: no check is weakened.
-- Measured on the launch benchmark (see README § Benchmarks).
alter table oidc_login set unlogged;
