-- The partnership list filtered by one finding, in its default (title) order, walks this index and joins each
-- partnership by its id (issue "Performance at national scale"): before, it walked the partnerships in title order and
-- looked up the finding of each, thousands of them for a page of a finding that few partnerships have.
create index ix_current_finding_by_code_title on current_finding (code, title, partnership_id);
