-- The partnership list's default order (V14): the sort key's index, covering what filters in that order test (V6)
drop index ix_partnership_title;
create index ix_partnership_title on partnership (title_key, id) include (valid_from_date, valid_until_date, updated_at);
