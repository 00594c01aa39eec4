-- How many items of each kind have each word (V22), kept on write in the writer's transaction (common/text/WordCounts):
-- the total of a text search by one word is a sum of a few rows, not a count of the word's index entries (at 100,000
-- partnerships a common word has 62,000 milestones). Each item adds to one of 8 shards, chosen by its partnership, so
-- that writers of different partnerships seldom wait for one row.
create table word_count (
    kind  varchar(32) not null,
    word  varchar(60) ${sort_key_collation} not null,
    shard smallint    not null,
    n     bigint      not null,
    constraint pk_word_count primary key (kind, word, shard)
);

insert into word_count (kind, word, shard, n)
select 'PARTNERSHIP', word, 0, count(*) from partnership_word group by word;

insert into word_count (kind, word, shard, n)
select 'MILESTONE', word, 0, count(*) from milestone_word group by word;

insert into word_count (kind, word, shard, n)
select 'SECTOR_PROGRAM', word, 0, count(*) from sector_program_word group by word;
