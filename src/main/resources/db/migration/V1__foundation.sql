-- The foundation model: actors, partnerships, participants, sector programs and milestones.
-- Portable SQL: runs on PostgreSQL and on H2 in MODE=PostgreSQL.
-- A partial date is two columns: its first day (for sorting, range filters and indexes) and its precision.

create table actor (
    id               uuid          not null primary key,
    version          bigint        not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    kind             varchar(32)   not null,
    name             varchar(300)  not null,
    country          varchar(2)    not null,
    government_level varchar(16),
    region_code      varchar(16),
    parent_id        uuid,
    website          varchar(2000),
    email            varchar(320),
    notes            text,
    constraint fk_actor_parent foreign key (parent_id) references actor (id),
    constraint ck_actor_kind check (kind in ('GOVERNMENT', 'AGENCY', 'LEGISLATURE', 'MINISTRY', 'DIPLOMATIC_MISSION',
        'INTERNATIONAL_ORGANIZATION', 'BUSINESS', 'NGO', 'ACADEMIC', 'COMMUNITY', 'PERSON')),
    constraint ck_actor_government_level check (government_level in ('PROVINCE', 'REGENCY', 'CITY', 'STATE',
        'PREFECTURE', 'MUNICIPALITY', 'OTHER')),
    constraint ck_actor_level_for_governments check ((kind = 'GOVERNMENT') = (government_level is not null)),
    constraint ck_actor_indonesian_government_region check (kind <> 'GOVERNMENT' or country <> 'ID' or region_code is not null),
    constraint ck_actor_not_own_parent check (parent_id <> id)
);
create index ix_actor_kind on actor (kind);
create index ix_actor_country on actor (country);
create index ix_actor_government_level on actor (government_level);
create index ix_actor_region_code on actor (region_code);
create index ix_actor_parent on actor (parent_id);
create index ix_actor_name on actor (name);
create index ix_actor_updated_at on actor (updated_at);

create table actor_alternative_name (
    actor_id uuid         not null,
    idx      integer      not null,
    name     varchar(300) not null,
    constraint pk_actor_alternative_name primary key (actor_id, idx),
    constraint fk_actor_alternative_name_actor foreign key (actor_id) references actor (id) on delete cascade
);

create table partnership (
    id                   uuid         not null primary key,
    version              bigint       not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    title                varchar(300) not null,
    type                 varchar(32)  not null,
    local_government_id  uuid         not null,
    partner_id           uuid         not null,
    description          text,
    objectives           text,
    valid_from_date       date,
    valid_from_precision  varchar(5),
    valid_until_date      date,
    valid_until_precision varchar(5),
    reference_number     varchar(100),
    constraint fk_partnership_local_government foreign key (local_government_id) references actor (id),
    constraint fk_partnership_partner foreign key (partner_id) references actor (id),
    constraint uq_partnership_parties_type unique (local_government_id, partner_id, type),
    constraint ck_partnership_type check (type in ('SISTER_PROVINCE', 'SISTER_CITY', 'FRIENDSHIP', 'OTHER_REGIONAL',
        'INSTITUTIONAL')),
    constraint ck_partnership_distinct_parties check (local_government_id <> partner_id),
    constraint ck_partnership_valid_from check ((valid_from_date is null) = (valid_from_precision is null)
        and valid_from_precision in ('YEAR', 'MONTH', 'DAY')),
    constraint ck_partnership_valid_until check ((valid_until_date is null) = (valid_until_precision is null)
        and valid_until_precision in ('YEAR', 'MONTH', 'DAY')),
    constraint ck_partnership_term check (valid_from_date is null or valid_until_date is null
        or valid_until_date > valid_from_date)
);
create index ix_partnership_type on partnership (type);
create index ix_partnership_partner on partnership (partner_id);
create index ix_partnership_valid_from on partnership (valid_from_date);
create index ix_partnership_valid_until on partnership (valid_until_date);
create index ix_partnership_title on partnership (title);
create index ix_partnership_updated_at on partnership (updated_at);

create table participant (
    id             uuid        not null primary key,
    version        bigint      not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    partnership_id uuid        not null,
    actor_id       uuid        not null,
    role           varchar(16) not null,
    note           varchar(2000),
    constraint fk_participant_partnership foreign key (partnership_id) references partnership (id) on delete cascade,
    constraint fk_participant_actor foreign key (actor_id) references actor (id),
    constraint uq_participant_actor_role unique (partnership_id, actor_id, role),
    constraint ck_participant_role check (role in ('SIGNATORY', 'INITIATOR', 'COORDINATOR', 'IMPLEMENTER', 'FACILITATOR',
        'FUNDER', 'APPROVER'))
);
create index ix_participant_actor on participant (actor_id);
create index ix_participant_role on participant (role);
create index ix_participant_updated_at on participant (updated_at);

create table sector_program (
    id                   uuid         not null primary key,
    version              bigint       not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    partnership_id       uuid         not null,
    sector               varchar(32)  not null,
    title                varchar(300) not null,
    description          text,
    status               varchar(16)  not null,
    lead_agency_id       uuid,
    budget_amount        numeric(17, 2),
    budget_currency      varchar(3),
    side                 varchar(8),
    obstacle_note        text,
    start_date           date,
    start_precision      varchar(5),
    end_date             date,
    end_precision        varchar(5),
    outcomes             text,
    constraint fk_sector_program_partnership foreign key (partnership_id) references partnership (id) on delete cascade,
    constraint fk_sector_program_lead_agency foreign key (lead_agency_id) references actor (id),
    constraint ck_sector_program_sector check (sector in ('AGRICULTURE', 'FISHERIES_AND_MARINE', 'TOURISM', 'TRANSPORT',
        'INDUSTRY_AND_TRADE', 'INVESTMENT', 'CREATIVE_ECONOMY', 'EDUCATION', 'CULTURE', 'HEALTH', 'ENVIRONMENT',
        'TECHNOLOGY', 'HUMAN_RESOURCES', 'PUBLIC_ADMINISTRATION', 'OTHER')),
    constraint ck_sector_program_status check (status in ('PROPOSED', 'AGREED', 'IN_PROGRESS', 'COMPLETED', 'STALLED',
        'CANCELLED')),
    constraint ck_sector_program_side check (side in ('LOCAL', 'PARTNER', 'BOTH', 'REMOTE')),
    constraint ck_sector_program_budget check ((budget_amount is null) = (budget_currency is null)
        and budget_amount >= 0),
    constraint ck_sector_program_start check ((start_date is null) = (start_precision is null)
        and start_precision in ('YEAR', 'MONTH', 'DAY')),
    constraint ck_sector_program_end check ((end_date is null) = (end_precision is null)
        and end_precision in ('YEAR', 'MONTH', 'DAY')),
    constraint ck_sector_program_period check (start_date is null or end_date is null or end_date >= start_date)
);
create index ix_sector_program_partnership on sector_program (partnership_id);
create index ix_sector_program_sector on sector_program (sector);
create index ix_sector_program_status on sector_program (status);
create index ix_sector_program_lead_agency on sector_program (lead_agency_id);
create index ix_sector_program_side on sector_program (side);
create index ix_sector_program_budget_amount on sector_program (budget_amount);
create index ix_sector_program_start_date on sector_program (start_date);
create index ix_sector_program_end_date on sector_program (end_date);
create index ix_sector_program_title on sector_program (title);
create index ix_sector_program_updated_at on sector_program (updated_at);

create table sector_program_obstacle (
    sector_program_id uuid        not null,
    obstacle          varchar(32) not null,
    constraint pk_sector_program_obstacle primary key (sector_program_id, obstacle),
    constraint fk_sector_program_obstacle_program foreign key (sector_program_id) references sector_program (id)
        on delete cascade,
    constraint ck_sector_program_obstacle check (obstacle in ('NO_BUDGET', 'NO_FOLLOW_UP', 'CLIMATE_OR_GEOGRAPHY',
        'POLICY_MISMATCH', 'COMMUNICATION', 'OTHER'))
);
create index ix_sector_program_obstacle_obstacle on sector_program_obstacle (obstacle);

create table milestone (
    id                        uuid         not null primary key,
    version                   bigint       not null,
    created_at                timestamp with time zone not null,
    updated_at                timestamp with time zone not null,
    partnership_id            uuid         not null,
    type                      varchar(40)  not null,
    title                     varchar(300) not null,
    description               text,
    status                    varchar(16)  not null,
    target_date               date,
    target_precision          varchar(5),
    occurrence_date           date,
    occurrence_precision      varchar(5),
    side                      varchar(8),
    place_name                varchar(300),
    document_number           varchar(100),
    document_url              varchar(2000),
    sector_program_id         uuid,
    constraint fk_milestone_partnership foreign key (partnership_id) references partnership (id) on delete cascade,
    constraint fk_milestone_sector_program foreign key (sector_program_id) references sector_program (id)
        on delete set null,
    constraint ck_milestone_type check (type in ('INITIAL_CONTACT', 'VISIT', 'MEETING', 'LETTER_OF_INTENT',
        'MINUTES_OF_MEETING', 'COOPERATION_PLAN', 'LEGISLATIVE_APPROVAL', 'CENTRAL_GOVERNMENT_CLEARANCE',
        'AGREEMENT_SIGNED', 'AGREEMENT_UPGRADED', 'AGREEMENT_RENEWED', 'AGREEMENT_EXPIRED', 'TERMINATED', 'ACTIVITY',
        'EVALUATION', 'OTHER')),
    constraint ck_milestone_status check (status in ('PLANNED', 'ACHIEVED', 'MISSED', 'CANCELLED')),
    constraint ck_milestone_side check (side in ('LOCAL', 'PARTNER', 'BOTH', 'REMOTE')),
    constraint ck_milestone_target check ((target_date is null) = (target_precision is null)
        and target_precision in ('YEAR', 'MONTH', 'DAY')),
    constraint ck_milestone_occurrence check ((occurrence_date is null) = (occurrence_precision is null)
        and occurrence_precision in ('YEAR', 'MONTH', 'DAY')),
    constraint ck_milestone_planned_has_target check (status <> 'PLANNED' or target_date is not null),
    constraint ck_milestone_occurrence_when_achieved check (occurrence_date is null or status = 'ACHIEVED')
);
create index ix_milestone_partnership on milestone (partnership_id);
create index ix_milestone_type on milestone (type);
create index ix_milestone_status on milestone (status);
create index ix_milestone_side on milestone (side);
create index ix_milestone_target_date on milestone (target_date);
create index ix_milestone_occurrence_date on milestone (occurrence_date);
create index ix_milestone_sector_program on milestone (sector_program_id);
create index ix_milestone_title on milestone (title);
create index ix_milestone_updated_at on milestone (updated_at);

create table milestone_actor (
    milestone_id uuid not null,
    actor_id     uuid not null,
    constraint pk_milestone_actor primary key (milestone_id, actor_id),
    constraint fk_milestone_actor_milestone foreign key (milestone_id) references milestone (id) on delete cascade,
    constraint fk_milestone_actor_actor foreign key (actor_id) references actor (id)
);
create index ix_milestone_actor_actor on milestone_actor (actor_id);
