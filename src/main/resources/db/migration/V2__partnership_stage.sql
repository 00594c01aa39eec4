-- Monitoring: a partnership's stage, derived from its achieved milestones and stored with it so that it can be
-- filtered, sorted and counted with an index. The application keeps it current on every milestone change; here,
-- partnerships that already have milestones get theirs by the same rule (see PartnershipStage in the contract).

alter table partnership add column stage varchar(32) default 'EXPLORATION' not null;
alter table partnership add constraint ck_partnership_stage check (stage in ('EXPLORATION', 'LETTER_OF_INTENT',
    'PLANNING', 'LEGISLATIVE_APPROVAL', 'CENTRAL_CLEARANCE', 'AGREEMENT_IN_FORCE', 'AGREEMENT_EXPIRED', 'TERMINATED'));
create index ix_partnership_stage on partnership (stage);

-- before any agreement: the highest formal step achieved
update partnership set stage = case
    when exists (select 1 from milestone m where m.partnership_id = partnership.id and m.status = 'ACHIEVED'
                 and m.type = 'CENTRAL_GOVERNMENT_CLEARANCE') then 'CENTRAL_CLEARANCE'
    when exists (select 1 from milestone m where m.partnership_id = partnership.id and m.status = 'ACHIEVED'
                 and m.type = 'LEGISLATIVE_APPROVAL') then 'LEGISLATIVE_APPROVAL'
    when exists (select 1 from milestone m where m.partnership_id = partnership.id and m.status = 'ACHIEVED'
                 and m.type in ('MINUTES_OF_MEETING', 'COOPERATION_PLAN')) then 'PLANNING'
    when exists (select 1 from milestone m where m.partnership_id = partnership.id and m.status = 'ACHIEVED'
                 and m.type = 'LETTER_OF_INTENT') then 'LETTER_OF_INTENT'
    else 'EXPLORATION' end;

-- from the first signing, upgrade or renewal on: the latest agreement event (undated ones are the oldest, ties by
-- when they were recorded)
update partnership set stage = (
    select case m.type when 'AGREEMENT_EXPIRED' then 'AGREEMENT_EXPIRED' when 'TERMINATED' then 'TERMINATED'
                       else 'AGREEMENT_IN_FORCE' end
    from milestone m
    where m.partnership_id = partnership.id and m.status = 'ACHIEVED'
      and m.type in ('AGREEMENT_SIGNED', 'AGREEMENT_UPGRADED', 'AGREEMENT_RENEWED', 'AGREEMENT_EXPIRED', 'TERMINATED')
    order by m.occurrence_date desc nulls last, m.created_at desc, m.id desc
    limit 1)
where exists (select 1 from milestone s where s.partnership_id = partnership.id and s.status = 'ACHIEVED'
              and s.type in ('AGREEMENT_SIGNED', 'AGREEMENT_UPGRADED', 'AGREEMENT_RENEWED'));
