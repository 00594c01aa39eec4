-- The codes of each partnership's current findings, kept with them (issue "Performance at national scale"), so that
-- a page of the partnership list shows them without another query. Filled by the computation of every kept value
-- at the next start (its rules version changed with this column).
alter table partnership add column finding_codes varchar(400);
