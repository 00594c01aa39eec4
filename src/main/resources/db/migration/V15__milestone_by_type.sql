-- The milestone list of one type in timeline order (a dashboard's visits, newest first) walks this index (issue
-- "Performance at national scale"): with the timeline's index alone, a page tested the type of every milestone it
-- passed (p95 2 s on H2, 0.7 s on PostgreSQL at a million milestones), as the (status, timeline) index of V3 spares
-- the list of one status.
create index ix_milestone_by_type on milestone (type, timeline_date, id);
