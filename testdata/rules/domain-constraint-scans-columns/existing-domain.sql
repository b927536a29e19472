-- config: dialect=postgresql version=15
-- setup: CREATE DOMAIN positive AS integer;
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, quantity positive);
-- setup: CREATE TABLE returns (id bigint PRIMARY KEY, quantity positive);
-- setup: INSERT INTO orders SELECT g, g FROM generate_series(1, 1000) g;
-- setup: INSERT INTO returns SELECT g, g FROM generate_series(1, 100) g;

-- expect: domain-constraint-scans-columns: adding a constraint on domain positive checks every column
ALTER DOMAIN positive ADD CONSTRAINT positive_check CHECK (VALUE > 0);

-- NOT VALID skips the check of existing rows (new rows are checked).
ALTER DOMAIN positive ADD CONSTRAINT positive_small CHECK (VALUE < 1000000) NOT VALID;

-- On a domain, VALIDATE CONSTRAINT still holds a SHARE lock on every table while it scans.
-- expect: domain-constraint-scans-columns: validating a constraint on domain positive
ALTER DOMAIN positive VALIDATE CONSTRAINT positive_small;

-- expect: domain-constraint-scans-columns: SET NOT NULL on domain positive
ALTER DOMAIN positive SET NOT NULL;

ALTER DOMAIN positive DROP CONSTRAINT positive_check;

ALTER DOMAIN positive SET DEFAULT 1;
