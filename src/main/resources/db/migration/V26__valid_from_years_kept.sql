-- The partnerships by the year their agreement took effect, kept as measures of all partnerships too (Tally: the
-- scope '*', measures validFrom:2019...), so that a list's total over a range of years reads a few rows in the tally's
-- primary key order. Back-filled here rather than by computing every kept value again at the next start (which grew
-- H2's file from 1.3 to 22 GB at 100,000 partnerships): each partnership's kept contribution (kept_facts.tally,
-- "scopes;measure=n|...", its measures in their keys' order, where validFrom:YYYY sorts last) gains its year, and
-- the tally their sum, in shard 0 (where corrections go; the sum over the shards is what is read). Tests: the
-- back-fill test in KeptTotalsTest runs these statements.
update kept_facts k
   set tally = tally || '|validFrom:'
           || cast((select p.valid_from_year from partnership p where p.id = k.partnership_id) as varchar(4)) || '=1'
 where tally <> ''
   and exists (select 1 from partnership p where p.id = k.partnership_id and p.valid_from_year is not null);

insert into tally (scope, measure, shard, n)
select '*', 'validFrom:' || cast(p.valid_from_year as varchar(4)), 0, count(*)
  from partnership p
  join kept_facts k on k.partnership_id = p.id
 where p.valid_from_year is not null
   and k.tally <> ''
 group by p.valid_from_year;
