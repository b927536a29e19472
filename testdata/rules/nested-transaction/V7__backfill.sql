-- config: dialect=postgresql version=15
-- Flyway runs this file in a transaction of its own.
-- expect: nested-transaction: BEGIN inside the transaction flyway runs this migration in only warns
BEGIN;

UPDATE orders SET status = 'new' WHERE status IS NULL;

SAVEPOINT before_fix;

ROLLBACK TO SAVEPOINT before_fix;

-- expect: nested-transaction: COMMIT ends the transaction flyway runs this migration in
COMMIT;

ALTER TABLE orders ALTER COLUMN status SET NOT NULL;
