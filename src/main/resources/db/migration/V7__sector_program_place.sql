-- Where each sector program is (issue "Performance at national scale"): copies of its partnership's local region,
-- local province and partner's country, so that the program list filters by them from an index of its own instead of
-- joining the partnership of every program in title order (a second at 300,000 programs). The service keeps them
-- whenever a partnership's sides change (finding/KeptValues, under the partnership's lock), as it keeps the
-- partnership's own copies; the consistency check compares them. They are filled by the rebuild of the kept values at
-- the first start after this migration, a batch of partnerships per transaction (an update of every program here, in
-- one transaction, took H2 more than five minutes at 300,000 programs and grew its file by gigabytes): emptying
-- kept_state's fingerprint makes that start rebuild, as V3 did.
update kept_state set fingerprint = '';
alter table sector_program add column local_region_code varchar(16);
alter table sector_program add column local_province varchar(2);
alter table sector_program add column partner_country varchar(2);
-- each followed by the list's default order (see V3)
create index ix_sector_program_by_local_province on sector_program (local_province, title, id);
create index ix_sector_program_by_local_region_code on sector_program (local_region_code, title, id);
create index ix_sector_program_by_partner_country on sector_program (partner_country, title, id);
