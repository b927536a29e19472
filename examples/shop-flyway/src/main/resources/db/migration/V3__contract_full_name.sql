SET lock_timeout = '2s';

-- Contract: a drop. Whether it is safe depends on the code of the releases still serving traffic:
-- examples/expand-contract shows rollsafe's verdict on a real release history.
ALTER TABLE customers DROP COLUMN full_name;

-- Written for another database (Oracle's MODIFY): rollsafe reports what it cannot understand,
-- it never skips it silently.
ALTER TABLE orders MODIFY (status VARCHAR2(20));
