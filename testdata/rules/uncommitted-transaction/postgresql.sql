-- config: dialect=postgresql version=15
-- A plain SQL file: nothing wraps it in a transaction.
BEGIN;
ALTER TABLE orders ADD COLUMN note text;
COMMIT;

START TRANSACTION;
UPDATE orders SET note = '' WHERE note IS NULL;
ROLLBACK;

-- expect: uncommitted-transaction: this transaction is never committed
BEGIN;
ALTER TABLE orders ADD COLUMN shipped_at timestamptz;
CREATE INDEX CONCURRENTLY orders_shipped_idx ON orders (shipped_at);
