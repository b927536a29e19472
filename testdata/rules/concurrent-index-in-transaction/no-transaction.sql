-- config: dialect=postgresql version=15
-- A plain SQL file: nothing wraps it in a transaction.
CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);

DROP INDEX CONCURRENTLY orders_customer_idx;
