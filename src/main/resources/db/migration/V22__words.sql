-- Text search (q) of partnerships, milestones and programs finds whole words (common/text/Words): the words of the
-- texts q looks into, one row per item and word, kept on write with the texts (the entities' words collections)
-- and filled for existing rows by V22_1. The (word, item) indexes of V22_3 find the items of a word on both
-- databases, where a substring search read every row on H2 and many trigram matches on PostgreSQL.
create table partnership_word (
    partnership_id uuid not null references partnership (id) on delete cascade,
    word varchar(60) ${sort_key_collation} not null,
    primary key (partnership_id, word)
);

create table milestone_word (
    milestone_id uuid not null references milestone (id) on delete cascade,
    word varchar(60) ${sort_key_collation} not null,
    primary key (milestone_id, word)
);

create table sector_program_word (
    sector_program_id uuid not null references sector_program (id) on delete cascade,
    word varchar(60) ${sort_key_collation} not null,
    primary key (sector_program_id, word)
);
