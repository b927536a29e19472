CREATE TABLE accounts (id bigint PRIMARY KEY, name text);

-- A reason after "--": nothing to say.
-- rollsafe:ignore unparsed-statement -- a vendor extension our server accepts; reviewed by hand
FROBNICATE the_database;

-- expect: suppression-without-reason: gives no reason
-- rollsafe:ignore unparsed-statement
FROBNICATE it_again;

-- Words after the id without "--" are not a reason.
-- expect: suppression-without-reason
-- rollsafe:ignore unparsed-statement reviewed by hand
FROBNICATE a_third_time;

-- An empty reason is no reason.
-- expect: suppression-without-reason
/* rollsafe:ignore unparsed-statement -- */
FROBNICATE a_fourth_time;

-- Not a directive at all.
-- rollsafe:ignored unparsed-statement
ALTER TABLE accounts ADD COLUMN note text;
