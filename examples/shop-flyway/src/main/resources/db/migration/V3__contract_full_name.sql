SET lock_timeout = '2s';

-- Contract: release 1's code still selects full_name.
ALTER TABLE customers DROP COLUMN full_name;

-- A statement in a dialect rollsafe was not told about is reported, never skipped:
ALTER TABLE orders ENGINE = InnoDB;
