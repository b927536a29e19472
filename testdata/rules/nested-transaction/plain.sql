-- config: dialect=postgresql version=15
-- A plain SQL file runs outside a transaction: its own BEGIN / COMMIT are what makes it atomic.
BEGIN;
UPDATE orders SET status = 'new' WHERE status IS NULL;
COMMIT;
