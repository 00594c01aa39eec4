-- Audit history and change feed (issue "Accountability"): one row per change of a partnership, actor, participant,
-- milestone or sector program, written in the transaction of the change (audit/ChangeRecorder).
--
-- id is taken when the record is written (from change_record_id_seq, in blocks per instance); sequence, the change
-- feed's commit order, is given after the commit by history/Sequencer, which numbers the committed records that have
-- none under change_counter's lock, so that a number once visible never has a smaller one appear after it
-- (docs/change-feed.md says why a reader then never misses one).
create sequence change_record_id_seq start with 1 increment by 50;
create table change_record (
    id                   bigint       not null,
    sequence             bigint,
    recorded_at          timestamp with time zone not null,
    resource_type        varchar(20)  not null,
    resource_id          uuid         not null,
    -- the partnership a participant, milestone or program belongs to; a partnership's own id
    partnership_id       uuid,
    -- where the record lies, for the feed's localRegionCode: the partnership's local region (and province), an
    -- Indonesian actor's region; the region it lay in before, where the change moved it
    region_code          varchar(16),
    province             varchar(2),
    previous_region_code varchar(16),
    previous_province    varchar(2),
    operation            varchar(8)   not null,
    version              bigint       not null,
    -- false for a write that changed nothing (a PUT of the same values): in the history, not in the feed
    changed              boolean      not null,
    author_kind          varchar(8)   not null,
    author_name          varchar(300),
    author_subject       varchar(300),
    author_client_id     varchar(300),
    author_api_key_id    varchar(16),
    author_roles         varchar(100),
    request_id           varchar(128),
    cause_type           varchar(20),
    cause_id             uuid,
    -- a JSON array of {"field", "oldValue", "newValue"}
    changes              text         not null,
    constraint pk_change_record primary key (id),
    constraint uq_change_record_sequence unique (sequence),
    constraint ck_change_record_type check (resource_type in ('PARTNERSHIP', 'ACTOR', 'PARTICIPANT', 'MILESTONE',
        'SECTOR_PROGRAM')),
    constraint ck_change_record_cause_type check (cause_type in ('PARTNERSHIP', 'ACTOR', 'PARTICIPANT', 'MILESTONE',
        'SECTOR_PROGRAM')),
    constraint ck_change_record_operation check (operation in ('CREATED', 'UPDATED', 'DELETED')),
    constraint ck_change_record_author_kind check (author_kind in ('TOKEN', 'API_KEY', 'SERVICE'))
);
create index ix_change_record_partnership on change_record (partnership_id, recorded_at, id);
create index ix_change_record_resource on change_record (resource_id, recorded_at, id);
create index ix_change_record_province on change_record (province, sequence);
create index ix_change_record_region_code on change_record (region_code, sequence);
create index ix_change_record_recorded_at on change_record (recorded_at);

-- One row: the last sequence number given; its row lock makes the Sequencer's runs take turns.
create table change_counter (
    id             integer not null,
    last_sequence  bigint  not null,
    constraint pk_change_counter primary key (id),
    constraint ck_change_counter_one_row check (id = 1)
);

-- One row: the last sequence number that retention removed (kembar.history.retention); a cursor before it is
-- expired. A row of its own, so that removing old changes never holds up the writers waiting for the counter.
create table change_retention (
    id             integer not null,
    pruned_through bigint  not null,
    constraint pk_change_retention primary key (id),
    constraint ck_change_retention_one_row check (id = 1)
);
insert into change_retention (id, pruned_through) values (1, 0);

-- What the database held before this version is recorded once, as created by the service when the history began: a
-- mirror that reads the feed from its start copies it all. Actors first (the others refer to them), then partnerships
-- and their children. Their ids are negative, below every id the sequence gives.
insert into change_record (id, sequence, recorded_at, resource_type, resource_id, partnership_id, region_code, province,
                           operation, version, changed, author_kind, author_name, changes)
select -row_number() over (order by r.rank, r.created_at, r.id), row_number() over (order by r.rank, r.created_at, r.id),
       current_timestamp, r.resource_type, r.id,
       r.partnership_id, r.region_code, substring(r.region_code, 1, 2), 'CREATED', r.version, true, 'SERVICE',
       'kembar', '[]'
from (select 1 as rank, 'ACTOR' as resource_type, a.id, a.created_at, cast(null as uuid) as partnership_id,
             case when a.country = 'ID' then a.region_code end as region_code, a.version
      from actor a
      union all
      select 2, 'PARTNERSHIP', p.id, p.created_at, p.id, p.local_region_code, p.version
      from partnership p
      union all
      select 3, 'PARTICIPANT', c.id, c.created_at, c.partnership_id, p.local_region_code, c.version
      from participant c join partnership p on p.id = c.partnership_id
      union all
      select 4, 'SECTOR_PROGRAM', s.id, s.created_at, s.partnership_id, p.local_region_code, s.version
      from sector_program s join partnership p on p.id = s.partnership_id
      union all
      select 5, 'MILESTONE', m.id, m.created_at, m.partnership_id, p.local_region_code, m.version
      from milestone m join partnership p on p.id = m.partnership_id) r;

insert into change_counter (id, last_sequence)
select 1, coalesce(max(sequence), 0) from change_record;
