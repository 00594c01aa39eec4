-- Test only (KeptValuesBackfillTest): a registry as it stood before V3, with a stage the V2 rule would not give, so
-- that the test sees the back-fill compute every derived value from the records; and a second partnership, without
-- milestones, so that the back-fill (one partnership per batch in that test) commits more than one batch.
insert into actor (id, version, created_at, updated_at, kind, name, country, government_level, region_code)
values ('7e1c0000-0000-4000-8000-000000000001', 0, timestamp with time zone '2015-01-01 00:00:00+00',
        timestamp with time zone '2015-01-01 00:00:00+00', 'GOVERNMENT', 'Pemerintah Kota Bogor (before V3)', 'ID',
        'CITY', '32.71'),
       ('7e1c0000-0000-4000-8000-000000000002', 0, timestamp with time zone '2015-01-01 00:00:00+00',
        timestamp with time zone '2015-01-01 00:00:00+00', 'GOVERNMENT', 'Kisarazu (before V3)', 'JP', 'CITY', null),
       ('7e1c0000-0000-4000-8000-000000000003', 0, timestamp with time zone '2015-01-01 00:00:00+00',
        timestamp with time zone '2015-01-01 00:00:00+00', 'GOVERNMENT', 'Pemerintah Provinsi Jawa Timur (before V3)',
        'ID', 'PROVINCE', '35'),
       ('7e1c0000-0000-4000-8000-000000000004', 0, timestamp with time zone '2015-01-01 00:00:00+00',
        timestamp with time zone '2015-01-01 00:00:00+00', 'GOVERNMENT', 'Zhejiang (before V3)', 'CN', 'PROVINCE',
        null);
insert into partnership (id, version, created_at, updated_at, title, type, local_government_id, partner_id,
                         stage)
values ('7e1c0000-0000-4000-8000-000000000010', 0, timestamp with time zone '2016-01-01 00:00:00+00',
        timestamp with time zone '2016-01-01 00:00:00+00', 'Friendship Bogor - Kisarazu (before V3)', 'FRIENDSHIP',
        '7e1c0000-0000-4000-8000-000000000001', '7e1c0000-0000-4000-8000-000000000002', 'EXPLORATION'),
       ('7e1c0000-0000-4000-8000-000000000011', 0, timestamp with time zone '2017-01-01 00:00:00+00',
        timestamp with time zone '2017-01-01 00:00:00+00', 'Sister province Jawa Timur - Zhejiang (before V3)',
        'SISTER_PROVINCE', '7e1c0000-0000-4000-8000-000000000003', '7e1c0000-0000-4000-8000-000000000004',
        'AGREEMENT_IN_FORCE');
insert into milestone (id, version, created_at, updated_at, partnership_id, type, title, status, occurrence_date,
                       occurrence_precision)
values ('7e1c0000-0000-4000-8000-000000000020', 0, timestamp with time zone '2016-11-18 00:00:00+00',
        timestamp with time zone '2016-11-18 00:00:00+00', '7e1c0000-0000-4000-8000-000000000010',
        'AGREEMENT_SIGNED', 'Agreement of Friendship signed', 'ACHIEVED', date '2016-11-18', 'DAY');
insert into sector_program (id, version, created_at, updated_at, partnership_id, sector, title, status)
values ('7e1c0000-0000-4000-8000-000000000030', 0, timestamp with time zone '2016-11-18 00:00:00+00',
        timestamp with time zone '2016-11-18 00:00:00+00', '7e1c0000-0000-4000-8000-000000000010', 'AGRICULTURE',
        'Blueberry farming', 'STALLED');
insert into sector_program_obstacle (sector_program_id, obstacle)
values ('7e1c0000-0000-4000-8000-000000000030', 'CLIMATE_OR_GEOGRAPHY');
