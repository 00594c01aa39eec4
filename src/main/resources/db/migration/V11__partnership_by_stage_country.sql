-- The partnerships of one stage in one partner country, in the list's default (title) order (issue "Performance at
-- national scale"): with the country's index alone, a page walked the country's partnerships in title order and tested
-- each one's stage, thousands of them for a rare stage (a third of a second at 100,000 on H2).
create index ix_partnership_by_stage_country on partnership (stage, partner_country, title, id);
