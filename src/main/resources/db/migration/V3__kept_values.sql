-- Derived values kept on write (issue "Performance at national scale"): what lists, findings and statistics need is
-- stored when it changes, so that a read compares kept values with the day instead of recomputing them per request.
-- The values themselves are computed by the service from the one definition of the rules (finding/Derivation): this
-- migration adds their tables and empties kept_state, so the first start after it back-fills every partnership before
-- the service reports ready (finding/Rebuild), as it does whenever the rules or their settings change.

-- The two sides of a partnership as its filters and sorts need them, copied from the actors when either changes, so
-- that a list needs no join to order or filter by them.
alter table partnership add column local_region_code varchar(16);
alter table partnership add column local_province varchar(2);
alter table partnership add column local_government_name varchar(300);
alter table partnership add column partner_name varchar(300);
alter table partnership add column partner_country varchar(2);

update partnership set
    local_region_code = (select a.region_code from actor a where a.id = partnership.local_government_id),
    local_government_name = (select a.name from actor a where a.id = partnership.local_government_id),
    partner_name = (select a.name from actor a where a.id = partnership.partner_id),
    partner_country = (select a.country from actor a where a.id = partnership.partner_id);
update partnership set local_province = substring(local_region_code, 1, 2);

-- The stage's place in the lifecycle, kept with the stage, so that sorting by stage can walk an index.
alter table partnership add column stage_rank integer default 0 not null;
update partnership set stage_rank = case stage when 'EXPLORATION' then 0 when 'LETTER_OF_INTENT' then 1
    when 'PLANNING' then 2 when 'LEGISLATIVE_APPROVAL' then 3 when 'CENTRAL_CLEARANCE' then 4
    when 'AGREEMENT_IN_FORCE' then 5 when 'AGREEMENT_EXPIRED' then 6 when 'TERMINATED' then 7 end;

-- Indexes that serve a list page from its first rows: one per sort field, ending with the id (every order does),
-- and one per filter that pins a column, followed by the default order (title). H2 uses an index for a filter's
-- order only when the order starts with the index's first column, so a repository puts a pinned column first (the
-- order is the same). Single-column indexes that H2 preferred for filters they barely narrow go.
drop index ix_partnership_title;
drop index ix_partnership_type;
drop index ix_partnership_stage;
drop index ix_partnership_valid_from;
drop index ix_partnership_valid_until;
drop index ix_partnership_updated_at;
create index ix_partnership_title on partnership (title, id);
create index ix_partnership_type on partnership (type, id);
create index ix_partnership_stage_rank on partnership (stage_rank, id);
create index ix_partnership_local_government_name on partnership (local_government_name, id);
create index ix_partnership_partner_name on partnership (partner_name, id);
create index ix_partnership_partner_country on partnership (partner_country, id);
create index ix_partnership_valid_from on partnership (valid_from_date, id);
create index ix_partnership_valid_until on partnership (valid_until_date, id);
create index ix_partnership_created_at on partnership (created_at, id);
create index ix_partnership_updated_at on partnership (updated_at, id);
create index ix_partnership_by_local_province on partnership (local_province, title, id);
create index ix_partnership_by_local_region_code on partnership (local_region_code, title, id);
create index ix_partnership_by_partner_country on partnership (partner_country, title, id);
create index ix_partnership_by_stage on partnership (stage, title, id);
create index ix_partnership_by_type on partnership (type, title, id);

-- A milestone's place on the timeline (when it happened, or else when it is due), kept with the two dates, so that
-- the timeline order walks an index.
alter table milestone add column timeline_date date;
update milestone set timeline_date = coalesce(occurrence_date, target_date);
drop index ix_milestone_type;
drop index ix_milestone_status;
drop index ix_milestone_side;
drop index ix_milestone_title;
create index ix_milestone_timeline on milestone (timeline_date, id);
create index ix_milestone_by_status on milestone (status, timeline_date, id);
create index ix_milestone_title on milestone (title, id);

drop index ix_sector_program_sector;
drop index ix_sector_program_status;
drop index ix_sector_program_side;
drop index ix_sector_program_budget_amount;
drop index ix_sector_program_title;
create index ix_sector_program_title on sector_program (title, id);
create index ix_sector_program_by_status on sector_program (status, title, id);

-- What each partnership's findings are made of, as of the day they were computed (as_of), until the first day on
-- which the passing of time alone could change one of them (changes_on; null when nothing can). tally is the
-- partnership's contribution to the counts below, so that a change subtracts exactly what was added.
create table kept_facts (
    partnership_id              uuid        not null primary key,
    as_of                       date        not null,
    changes_on                  date,
    quiet_since                 date        not null,
    last_achieved_on            date,
    next_deadline               date,
    running_without_budget      integer     not null,
    running_without_lead_agency integer     not null,
    not_implemented             integer     not null,
    activities_local            integer     not null,
    activities_partner          integer     not null,
    activities_with_side        integer     not null,
    first_letter_of_intent      date,
    agreement_ends              date,
    milestones                  integer     not null,
    programs                    integer     not null,
    tally                       text        not null,
    constraint fk_kept_facts_partnership foreign key (partnership_id) references partnership (id) on delete cascade
);
create index ix_kept_facts_changes_on on kept_facts (changes_on);
create index ix_kept_facts_as_of on kept_facts (as_of);

-- Each current finding of each partnership, with the partnership's title, region and partner country for the
-- findings list to filter and order by an index (severity and code also as their rank in the API's order, the title
-- in lower case so that both databases order it alike).
create table current_finding (
    partnership_id    uuid         not null,
    code              varchar(32)  not null,
    severity_rank     integer      not null,
    code_rank         integer      not null,
    title             varchar(300) not null,
    title_order       varchar(300) not null,
    local_region_code varchar(16)  not null,
    local_province    varchar(2)   not null,
    partner_country   varchar(2)   not null,
    constraint pk_current_finding primary key (partnership_id, code),
    constraint fk_current_finding_partnership foreign key (partnership_id) references partnership (id)
        on delete cascade,
    constraint ck_current_finding_code check (code in ('STAGNANT', 'OVERDUE_MILESTONE', 'NO_BUDGET', 'NO_LEAD_AGENCY',
        'PROGRAMS_NOT_IMPLEMENTED', 'ONE_SIDED', 'AGREEMENT_EXPIRING', 'AGREEMENT_EXPIRED', 'NO_AGREEMENT_YET'))
);
create index ix_current_finding_order on current_finding (severity_rank desc, code_rank, title_order, partnership_id);
create index ix_current_finding_code on current_finding (code, severity_rank desc, code_rank, title_order,
    partnership_id);
create index ix_current_finding_province on current_finding (local_province, severity_rank desc, code_rank,
    title_order, partnership_id);
create index ix_current_finding_region on current_finding (local_region_code);
create index ix_current_finding_country on current_finding (partner_country, severity_rank desc, code_rank,
    title_order, partnership_id);

-- Counts for statistics and list totals: how many of a measure (partnerships, milestones, programs by sector...)
-- the partnerships in a scope (all of them, a province, a partner country, a type, a stage, a finding) have. Each
-- count is split over a few shards (by partnership) so that concurrent writers to different partnerships rarely
-- wait for one another; a read adds the shards up.
create table tally (
    scope   varchar(64) not null,
    measure varchar(64) not null,
    shard   smallint    not null,
    n       bigint      not null,
    constraint pk_tally primary key (scope, measure, shard)
);

-- What the kept values were computed with (the rules' version, thresholds, time zone); a start-up that finds
-- another fingerprint, or none, computes them all again.
create table kept_state (
    id          smallint     not null primary key,
    fingerprint varchar(500) not null,
    rebuilt_at  timestamp with time zone not null,
    constraint ck_kept_state_one_row check (id = 1)
);
