-- The word indexes of V22_3 again, with the list's sort key (V24) between the word and the item: a search by one word
-- reads them for its items in the list's order, and for the items of a word as before.
drop index ix_partnership_word_word;
drop index ix_milestone_word_word;
drop index ix_sector_program_word_word;
create index ix_partnership_word_ordered on partnership_word (word, title_key, partnership_id);
create index ix_milestone_word_ordered on milestone_word (word, timeline_date, milestone_id);
create index ix_sector_program_word_ordered on sector_program_word (word, title_key, sector_program_id);
