-- Two list indexes that H2 at 100,000 partnerships could not use well (issue "Performance at national scale").
--
-- An actor list of one country walks (country, name_key, id) (V10, V14_2), which serves every query the index of the
-- country alone served. With both, H2 took the country's index alone for a first page (which joins each actor's
-- parent) and sorted all the country's actors for it: 1,507 rows of France for 20.
drop index ix_actor_country;

-- The programs of a place without (or with) a budget, the list of the finding NO_BUDGET: the place's index gives them
-- in title order, and each program's row was read only to see whether it has a budget (at 300,000 programs, 220 rows
-- read at random for the fifth page of one province). With the budget in the index, the index alone answers.
drop index ix_sector_program_by_local_province;
drop index ix_sector_program_by_local_region_code;
drop index ix_sector_program_by_partner_country;
create index ix_sector_program_by_local_province on sector_program (local_province, title_key, id, budget_amount);
create index ix_sector_program_by_local_region_code on sector_program (local_region_code, title_key, id, budget_amount);
create index ix_sector_program_by_partner_country on sector_program (partner_country, title_key, id, budget_amount);
