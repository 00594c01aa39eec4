-- Codes (enum names, ISO and Kemendagri codes) that lists sort by compare in binary order, as on H2 (V14 does the same
-- for text through its sort keys): a server's locale may ignore the underscore or the dot ('SISTER_CITY' as
-- 'SISTERCITY') or put punctuation before digits, and the same list would come in another order than on H2. Equality,
-- which is all the filters ask of them, is the same in every collation; the indexes on them are rebuilt.
alter table actor alter column kind type varchar(32) collate "C";
alter table actor alter column country type varchar(2) collate "C";
alter table actor alter column region_code type varchar(16) collate "C";
alter table partnership alter column type type varchar(32) collate "C";
alter table partnership alter column stage type varchar(32) collate "C";
alter table partnership alter column local_region_code type varchar(16) collate "C";
alter table partnership alter column local_province type varchar(2) collate "C";
alter table partnership alter column partner_country type varchar(2) collate "C";
alter table participant alter column role type varchar(16) collate "C";
alter table milestone alter column type type varchar(40) collate "C";
alter table milestone alter column status type varchar(16) collate "C";
alter table sector_program alter column sector type varchar(32) collate "C";
alter table sector_program alter column status type varchar(16) collate "C";
alter table sector_program alter column local_region_code type varchar(16) collate "C";
alter table sector_program alter column local_province type varchar(2) collate "C";
alter table sector_program alter column partner_country type varchar(2) collate "C";
alter table current_finding alter column code type varchar(32) collate "C";
alter table current_finding alter column local_region_code type varchar(16) collate "C";
alter table current_finding alter column local_province type varchar(2) collate "C";
alter table current_finding alter column partner_country type varchar(2) collate "C";
