-- The partnership list's default order (V14): the sort key's index
drop index ix_partnership_title;
create index ix_partnership_title on partnership (title_key, id);
