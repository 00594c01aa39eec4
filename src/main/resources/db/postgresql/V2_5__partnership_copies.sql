-- The two sides of a partnership as its filters and sorts need them, and the stage's place in the lifecycle: see
-- db/h2/V2_5__partnership_copies.sql, which adds the same columns in H2's syntax.
alter table partnership
    add column local_region_code     varchar(16),
    add column local_province        varchar(2),
    add column local_government_name varchar(300),
    add column partner_name          varchar(300),
    add column partner_country       varchar(2),
    add column stage_rank            integer default 0 not null;
