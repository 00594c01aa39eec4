-- The list indexes in the order of the sort keys that V14_1 filled (the same columns as before, the key for the text).
-- The keys of the sides' names stay nullable like the names themselves: copies that the kept values fill.
alter table partnership alter column title_key set not null;
alter table actor alter column name_key set not null;
alter table milestone alter column title_key set not null;
alter table sector_program alter column title_key set not null;

drop index ix_partnership_stage_rank;
drop index ix_partnership_local_government_name;
drop index ix_partnership_partner_name;
drop index ix_partnership_by_local_province;
drop index ix_partnership_by_local_region_code;
drop index ix_partnership_by_partner_country;
drop index ix_partnership_by_stage;
drop index ix_partnership_by_type;
drop index ix_partnership_by_valid_from_year;
drop index ix_partnership_by_stage_country;
create index ix_partnership_stage_rank on partnership (stage_rank, title_key, id);
create index ix_partnership_local_government_name on partnership (local_government_name_key, id);
create index ix_partnership_partner_name on partnership (partner_name_key, id);
create index ix_partnership_by_local_province on partnership (local_province, title_key, id);
create index ix_partnership_by_local_region_code on partnership (local_region_code, title_key, id);
create index ix_partnership_by_partner_country on partnership (partner_country, title_key, id);
create index ix_partnership_by_stage on partnership (stage, title_key, id);
create index ix_partnership_by_type on partnership (type, title_key, id);
create index ix_partnership_by_valid_from_year on partnership (valid_from_year, title_key, id);
create index ix_partnership_by_stage_country on partnership (stage, partner_country, title_key, id);

drop index ix_actor_name;
drop index ix_actor_by_country_name;
create index ix_actor_name on actor (name_key, id);
create index ix_actor_by_country_name on actor (country, name_key, id);

drop index ix_milestone_title;
create index ix_milestone_title on milestone (title_key, id);

drop index ix_sector_program_title;
drop index ix_sector_program_by_status;
drop index ix_sector_program_by_local_province;
drop index ix_sector_program_by_local_region_code;
drop index ix_sector_program_by_partner_country;
create index ix_sector_program_title on sector_program (title_key, id);
create index ix_sector_program_by_status on sector_program (status, title_key, id);
create index ix_sector_program_by_local_province on sector_program (local_province, title_key, id);
create index ix_sector_program_by_local_region_code on sector_program (local_region_code, title_key, id);
create index ix_sector_program_by_partner_country on sector_program (partner_country, title_key, id);

drop index ix_current_finding_by_code_title;
create index ix_current_finding_by_code_title on current_finding (code, title_order, partnership_id);
