-- expect: suppression-of-unknown-rule: unknown rule 'drop-colum'
-- rollsafe:ignore drop-colum -- a typo in the rule id
CREATE TABLE accounts (id bigint PRIMARY KEY, name text);

-- One of two ids is wrong: only it is reported.
-- expect: suppression-of-unknown-rule: unknown rule 'no-such-rule'
-- rollsafe:ignore unparsed-statement, no-such-rule -- reviewed by hand
FROBNICATE the_database;

-- Known ids: nothing to say.
-- rollsafe:ignore unparsed-statement,create-index-blocks-writes -- reviewed by hand
FROBNICATE it_again;

-- expect: suppression-of-unknown-rule: names no rule
-- rollsafe:ignore -- forgot the id
ALTER TABLE accounts ADD COLUMN note text;
