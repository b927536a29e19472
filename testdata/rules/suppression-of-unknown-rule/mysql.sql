-- config: dialect=mysql version=8.0
# expect: suppression-of-unknown-rule: unknown rule 'AlterCopiesTable'
# rollsafe:ignore-file AlterCopiesTable -- ids are kebab-case
CREATE TABLE accounts (id BIGINT NOT NULL PRIMARY KEY) ENGINE=InnoDB;

ALTER TABLE accounts ADD COLUMN note TEXT NULL, ALGORITHM=INSTANT, LOCK=DEFAULT;
