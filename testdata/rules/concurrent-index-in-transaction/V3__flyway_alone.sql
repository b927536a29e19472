-- config: dialect=postgresql version=15
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);
-- Flyway runs a migration of non-transactional statements only outside a transaction.
CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);
