-- The kept counts of a range of scopes, one measure: a list's total and the statistics of a few years of validFrom
-- (issue "Performance at national scale"). The primary key (scope, measure, shard) reads every measure of every
-- scope in the range: some 930 rows a year at 100,000 partnerships, to sum 8 of them, which H2 did for each page of
-- such a list (a third of its time). In (measure, scope) the measure's rows of the range are next to each other.
-- A count changes its n, which neither index holds: an update leaves both as they are.
create index ix_tally_by_measure on tally (measure, scope);
