-- The two sides of a partnership as its filters and sorts need them (copied from the actors when either changes), and
-- the stage's place in the lifecycle, so that a list filters and sorts by them without a join or an expression (V3
-- indexes them). One statement, so that H2 copies the table once; the back-fill at the first start after V3 fills them
-- (an update of every row in SQL takes H2 minutes at national scale). db/postgresql has the same in its own syntax.
alter table partnership add column (
    local_region_code     varchar(16),
    local_province        varchar(2),
    local_government_name varchar(300),
    partner_name          varchar(300),
    partner_country       varchar(2),
    stage_rank            integer default 0 not null);
