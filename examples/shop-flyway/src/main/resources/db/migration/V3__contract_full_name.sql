SET lock_timeout = '2s';

-- Contract: release 1's code still selects full_name.
ALTER TABLE customers DROP COLUMN full_name;

-- Written for another database (Oracle's MODIFY): rollsafe reports what it cannot understand,
-- it never skips it silently.
ALTER TABLE orders MODIFY (status VARCHAR2(20));
