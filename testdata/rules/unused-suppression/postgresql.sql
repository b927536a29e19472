-- expect: unused-suppression: alter-copies-table
-- rollsafe:ignore-file alter-copies-table, unparsed-statement -- MySQL hazards do not apply here
CREATE TABLE accounts (id bigint PRIMARY KEY, name text);

-- Used: the statement is not understood, and the file directive covers it too.
-- rollsafe:ignore unparsed-statement -- reviewed by hand
FROBNICATE the_database;

-- expect: unused-suppression: unparsed-statement found nothing in this statement
-- rollsafe:ignore unparsed-statement -- left over from an older version of the statement
ALTER TABLE accounts ADD COLUMN note text;

-- expect: unused-suppression: release history
-- rollsafe:ignore released-migration-modified -- whitespace only
ALTER TABLE accounts ADD COLUMN email text;
