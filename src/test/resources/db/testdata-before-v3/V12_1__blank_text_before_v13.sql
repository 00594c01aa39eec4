-- Test only (KeptValuesBackfillTest): optional text stored empty or blank, as the API accepted it before V13, which
-- makes such values absent.
update actor set email = '', notes = '   ', website = ' ' where id = '7e1c0000-0000-4000-8000-000000000002';
update partnership set description = '', reference_number = '  '
where id = '7e1c0000-0000-4000-8000-000000000011';
