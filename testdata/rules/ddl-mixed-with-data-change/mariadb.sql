-- config: dialect=mariadb version=10.11
-- The tables an earlier release left (MariaDbClaimsTest creates them before running this file):
-- given: CREATE TABLE customers (id INT NOT NULL PRIMARY KEY, tier VARCHAR(10) NULL) ENGINE=InnoDB
-- given: CREATE TABLE orders (id INT NOT NULL PRIMARY KEY) ENGINE=InnoDB
-- given: INSERT INTO customers (id) VALUES (1), (2)

SET SESSION lock_wait_timeout = 5;

INSERT INTO customers (id, tier) VALUES (3, 'gold');

UPDATE customers SET tier = 'basic' WHERE tier IS NULL;

-- The ALTER commits the two data changes: if anything after it fails, they stay.
-- expect: ddl-mixed-with-data-change: this migration mixes DDL (lines 15, 17) with data changes (lines 9, 11): MariaDB 10.11 commits at every DDL statement
ALTER TABLE orders ADD COLUMN note VARCHAR(50) NULL;

CREATE INDEX orders_note_idx ON orders (note);
