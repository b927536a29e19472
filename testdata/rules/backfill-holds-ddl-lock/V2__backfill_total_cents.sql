-- config: dialect=postgresql version=15
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric, status text);
-- setup: INSERT INTO orders SELECT g, g % 10, g, 'new' FROM generate_series(1, 1000) g;
-- Flyway runs this file in one transaction.

-- A backfill before any DDL on the table holds only row locks.
UPDATE orders SET status = 'open' WHERE status = 'new';

ALTER TABLE orders ADD COLUMN total_cents bigint;

-- expect: backfill-holds-ddl-lock: UPDATE of orders runs in the same transaction as ALTER TABLE orders on line 9, so the ACCESS EXCLUSIVE lock
UPDATE orders SET total_cents = total * 100;

-- expect: backfill-holds-ddl-lock: DELETE of orders
DELETE FROM orders WHERE status = 'cancelled';

-- A table created in this migration has no traffic yet.
CREATE TABLE invoices (id bigint PRIMARY KEY, total numeric);

ALTER TABLE invoices ADD COLUMN total_cents bigint;

UPDATE invoices SET total_cents = total * 100;
