-- config: dialect=postgresql version=15
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);
-- Every statement refuses a transaction block: Flyway runs the migration outside one.
CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);

VACUUM ANALYZE orders;
