-- The partnership list's default order walks this index. A filter that keeps few partnerships in that order (a
-- period, a recent change) tests each entry; with the columns it tests included, PostgreSQL can do so from the index
-- alone instead of reading the rows it then throws away (at 100,000 partnerships, one year of validFrom in EXPLAIN
-- ANALYZE: 170 ms before, 4 ms after). H2 has no INCLUDE; its plans read the rows either way.
drop index ix_partnership_title;
create index ix_partnership_title on partnership (title, id) include (valid_from_date, valid_until_date, updated_at);
