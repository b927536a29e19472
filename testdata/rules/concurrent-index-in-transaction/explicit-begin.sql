-- config: dialect=postgresql version=15
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric);
-- A plain file runs outside a transaction, but it opens one itself.
CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);

BEGIN;

-- expect: concurrent-index-in-transaction: opened one with BEGIN
CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);

COMMIT;

DROP INDEX CONCURRENTLY orders_total_idx;
