-- Text search (q) on H2: H2 has no index that serves a substring search, so q reads every row of the list's table
-- (fast enough for the embedded default; bench/RESULTS.md measures it). PostgreSQL gets trigram indexes in
-- db/postgresql/V4__text_search.sql; the queries are the same on both.
select 1;
