-- A typo in a keyword: nothing can check this statement.
-- expect: unparsed-statement: ALTER TABEL users
ALTER TABEL users ADD COLUMN email text;

-- Understood statements do not fire.
CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);

ALTER TABLE accounts ADD COLUMN note text;

-- expect: unparsed-statement
FROBNICATE the_database
    WITH great care;

CREATE INDEX accounts_name_idx ON accounts (name);
