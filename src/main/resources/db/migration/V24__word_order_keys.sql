-- Each word row (V22) copies the key its list is sorted by by default: the title's sort key of partnerships and
-- programs, the timeline date of milestones. A text search in that order reads its page from an index of (word, key,
-- item) in order, and no further than the page's end, instead of testing the list's items one by one or reading every
-- match of a common word and sorting them (common/persistence/Criteria.throughWords). The service writes the key with
-- each word, from the item's row, and writes the item's words again when its key changes. V24_1 fills the rows there
-- are, V24_2 indexes them.
alter table partnership_word add column title_key varchar(600) ${sort_key_collation};
alter table sector_program_word add column title_key varchar(600) ${sort_key_collation};
alter table milestone_word add column timeline_date date;
