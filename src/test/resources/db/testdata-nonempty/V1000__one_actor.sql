-- Test only (DemoDataOnNonEmptyDatabaseTest): a database that already holds a user's actor at start-up.
insert into actor (id, version, created_at, updated_at, kind, name, name_key, country)
values ('5b0a3c1e-0000-4000-8000-000000000001', 0, timestamp with time zone '2025-01-01 00:00:00+00',
        timestamp with time zone '2025-01-01 00:00:00+00', 'NGO', 'Actor entered before the first start',
        'actor entered before the first start', 'ID');
-- its count, as the service keeps it (V20)
insert into actor_count (country, kind, shard, n) values ('ID', 'NGO', 0, 1);
