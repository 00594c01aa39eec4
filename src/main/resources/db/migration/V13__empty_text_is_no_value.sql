-- An optional text field has one way to hold no value, null (issue "Hardening": the API refuses "" and blanks now,
-- and an empty email that was stored before broke the contract's format: email when it was read back). Values that
-- were stored empty or as spaces become null; nothing else changes (no version or updatedAt moves: the value a
-- client reads is absent either way).
update actor set region_code = null where trim(region_code) = '';
update actor set website = null where trim(website) = '';
update actor set email = null where trim(email) = '';
update actor set notes = null where trim(notes) = '';
update partnership set description = null where trim(description) = '';
update partnership set objectives = null where trim(objectives) = '';
update partnership set reference_number = null where trim(reference_number) = '';
update participant set note = null where trim(note) = '';
update sector_program set description = null where trim(description) = '';
update sector_program set obstacle_note = null where trim(obstacle_note) = '';
update sector_program set outcomes = null where trim(outcomes) = '';
update milestone set description = null where trim(description) = '';
update milestone set place_name = null where trim(place_name) = '';
update milestone set document_number = null where trim(document_number) = '';
update milestone set document_url = null where trim(document_url) = '';
