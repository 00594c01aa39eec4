-- V25's index on the tally's (measure, scope) dropped: a list's total over a range of years of validFrom now sums the
-- measures per year of validFrom that V26 keeps in the scope of all partnerships, in the primary key's order. The
-- index cost writes on H2, which runs an update as a removal and an insertion of the row in every index of its table
-- (V25's comment says otherwise, which is true of PostgreSQL only): about a fifth fewer writes per second in the
-- benchmark's write mix.
drop index ix_tally_by_measure;
