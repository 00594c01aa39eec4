-- Every write pays for each index of change_record (bench/audit-cost). Three served no query well:
-- - the feed's localRegionCode filter asks for the region or the previous one (a record that moved out), which the
--   (province, sequence) and (region_code, sequence) indexes cannot answer in sequence order; it reads the changes
--   after the cursor in the order of the sequence's index and keeps the region's;
-- - retention (history/Retention) walks the sequence's index from the last change it removed to the first one recorded
--   after its cutoff, instead of looking up the time.
drop index ix_change_record_province;
drop index ix_change_record_region_code;
drop index ix_change_record_recorded_at;
