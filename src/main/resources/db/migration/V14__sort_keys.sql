-- Lists sort text by a key kept on write (common/text/SortKey: without accents, case or compatibility forms), never by
-- the text itself: H2 compares text by code point (uppercase before lowercase, accents after z), PostgreSQL by the
-- server's locale, so the same list came in two orders (issue "Production", part 1). The keys are compared in binary
-- order on both (collate "C" on PostgreSQL, H2's own). V14_1 fills them, V14_2 and V14_3 make the list indexes use
-- them. current_finding.title_order was the title in lower case; it becomes the same key.
alter table partnership add column title_key varchar(600) ${sort_key_collation};
alter table partnership add column local_government_name_key varchar(600) ${sort_key_collation};
alter table partnership add column partner_name_key varchar(600) ${sort_key_collation};
alter table actor add column name_key varchar(600) ${sort_key_collation};
alter table milestone add column title_key varchar(600) ${sort_key_collation};
alter table sector_program add column title_key varchar(600) ${sort_key_collation};
alter table current_finding alter column title_order set data type varchar(600) ${sort_key_collation};
