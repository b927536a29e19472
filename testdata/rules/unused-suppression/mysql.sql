-- config: dialect=mysql version=8.0
CREATE TABLE accounts (id BIGINT NOT NULL PRIMARY KEY) ENGINE=InnoDB;

# expect: unused-suppression: unparsed-statement
# rollsafe:ignore unparsed-statement -- nothing to hide here
ALTER TABLE accounts ADD COLUMN note TEXT NULL, ALGORITHM=INSTANT, LOCK=DEFAULT;

# rollsafe:ignore unparsed-statement -- checked by hand on 8.0.36
FROBNICATE the_database;
