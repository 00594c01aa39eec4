-- The demo data is loaded once per database, however many instances start on it at the same moment (issue "Durability
-- and concurrency"): the loader writes this row first, in the transaction that loads; another instance's loader waits
-- for that transaction at the same row and then finds it. Two instances started at once on an empty PostgreSQL
-- database both loaded everything before.
create table demo_data_load (
    id integer not null,
    decided_at timestamp with time zone not null,
    loaded boolean not null,
    constraint pk_demo_data_load primary key (id),
    constraint ck_demo_data_load_one_row check (id = 1)
);

-- a database that holds records already (its own, or the demo data loaded before this version) gets no demo data
insert into demo_data_load (id, decided_at, loaded)
select 1, current_timestamp, false
where exists (select 1 from actor);
