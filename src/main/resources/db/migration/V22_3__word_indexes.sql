-- The indexes that find the items of a word (V22), made after V22_1 filled the tables: built from the filled table,
-- the index is written in order; kept while every insert of the fill went to a random place in it, H2's file grew by
-- gigabytes at 100,000 partnerships.
create index ix_partnership_word_word on partnership_word (word, partnership_id);
create index ix_milestone_word_word on milestone_word (word, milestone_id);
create index ix_sector_program_word_word on sector_program_word (word, sector_program_id);
