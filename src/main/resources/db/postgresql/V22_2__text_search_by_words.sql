-- The trigram indexes of V4 that served the substring search of partnerships, milestones and programs: their text
-- search finds whole words since V22, which nothing reads them for, and each write would keep updating them.
drop index ix_partnership_q_title;
drop index ix_partnership_q_description;
drop index ix_partnership_q_objectives;
drop index ix_partnership_q_reference_number;
drop index ix_partnership_q_local_government_name;
drop index ix_partnership_q_partner_name;

drop index ix_milestone_q_title;
drop index ix_milestone_q_description;
drop index ix_milestone_q_place_name;
drop index ix_milestone_q_document_number;

drop index ix_sector_program_q_title;
drop index ix_sector_program_q_description;
drop index ix_sector_program_q_obstacle_note;
drop index ix_sector_program_q_outcomes;
