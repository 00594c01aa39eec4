-- Region codes are checked against the reference lists (issue "Real reference data"): an actor stored before, or whose
-- code a newer list no longer has, is marked at every start-up (actor/RegionCodeCheck) and listed for the operator by
-- GET /api/v1/actors?regionCodeKnown=false. Few are ever false: the index finds them without reading the others.
alter table actor add column region_code_known boolean default true not null;
create index ix_actor_region_code_known on actor (region_code_known);
