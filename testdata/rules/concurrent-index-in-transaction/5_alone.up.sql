-- config: dialect=postgresql version=15
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);
-- golang-migrate sends a file of one statement alone: it runs outside any transaction.
CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);
