-- config: dialect=postgresql version=15
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);
ALTER TABLE orders ADD COLUMN note text;

-- expect: concurrent-index-in-transaction: flyway refuses a migration that mixes
CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);
