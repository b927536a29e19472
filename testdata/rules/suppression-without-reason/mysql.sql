-- config: dialect=mysql version=8.0
CREATE TABLE accounts (id BIGINT NOT NULL PRIMARY KEY) ENGINE=InnoDB;

# expect: suppression-without-reason
# rollsafe:ignore unparsed-statement
FROBNICATE the_database;

# rollsafe:ignore unparsed-statement -- checked by hand on 8.0.36
FROBNICATE it_again;
