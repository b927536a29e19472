-- expect: unused-suppression: alter-copies-table
-- rollsafe:ignore-file alter-copies-table, unparsed-statement -- MySQL hazards do not apply here
CREATE TABLE accounts (id bigint PRIMARY KEY, name text);

-- Used: the statement is not understood, and the file directive covers it too.
-- rollsafe:ignore unparsed-statement -- reviewed by hand
FROBNICATE the_database;

-- expect: unused-suppression: unparsed-statement found nothing in this statement
-- rollsafe:ignore unparsed-statement -- left over from an older version of the statement
ALTER TABLE accounts ADD COLUMN note text;

-- A deleted migration's finding points at a file that is gone: no directive reaches it.
-- expect: unused-suppression: no directive can reach it
-- rollsafe:ignore released-migration-deleted -- V9 was squashed into the baseline
ALTER TABLE accounts ADD COLUMN email text;
