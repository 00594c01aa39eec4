-- How many actors there are of each country and kind, kept on write (issue "Performance at national scale"): the actor
-- list's total for a country or a kind is a sum of a few rows, not a count of the country's actors (at 50,000 actors
-- one country has 10,000). Each actor adds to one of 8 shards (by its id), so that writers seldom wait for one row.
create table actor_count (
    country varchar(2)  not null,
    kind    varchar(32) not null,
    shard   smallint    not null,
    n       bigint      not null,
    constraint pk_actor_count primary key (country, kind, shard)
);

insert into actor_count (country, kind, shard, n)
select country, kind, 0, count(*) from actor group by country, kind;
