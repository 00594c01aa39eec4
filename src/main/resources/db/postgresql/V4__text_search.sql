-- Text search (q) served by an index on PostgreSQL: a trigram index on each column that q looks into, in the form the
-- queries compare (lower(column) like '%term%'), so that a search reads the matching rows instead of every row. The
-- queries are the same on both databases; H2 has no such index and scans (db/h2/V4__text_search.sql).
-- pg_trgm ships with PostgreSQL (the contrib modules) and is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;

create index ix_partnership_q_title on partnership using gin (lower(title) gin_trgm_ops);
create index ix_partnership_q_description on partnership using gin (lower(description) gin_trgm_ops);
create index ix_partnership_q_objectives on partnership using gin (lower(objectives) gin_trgm_ops);
create index ix_partnership_q_reference_number on partnership using gin (lower(reference_number) gin_trgm_ops);
create index ix_partnership_q_local_government_name on partnership using gin (lower(local_government_name) gin_trgm_ops);
create index ix_partnership_q_partner_name on partnership using gin (lower(partner_name) gin_trgm_ops);

create index ix_milestone_q_title on milestone using gin (lower(title) gin_trgm_ops);
create index ix_milestone_q_description on milestone using gin (lower(description) gin_trgm_ops);
create index ix_milestone_q_place_name on milestone using gin (lower(place_name) gin_trgm_ops);
create index ix_milestone_q_document_number on milestone using gin (lower(document_number) gin_trgm_ops);

create index ix_sector_program_q_title on sector_program using gin (lower(title) gin_trgm_ops);
create index ix_sector_program_q_description on sector_program using gin (lower(description) gin_trgm_ops);
create index ix_sector_program_q_obstacle_note on sector_program using gin (lower(obstacle_note) gin_trgm_ops);
create index ix_sector_program_q_outcomes on sector_program using gin (lower(outcomes) gin_trgm_ops);

create index ix_actor_q_name on actor using gin (lower(name) gin_trgm_ops);
create index ix_actor_alternative_name_q_name on actor_alternative_name using gin (lower(name) gin_trgm_ops);
