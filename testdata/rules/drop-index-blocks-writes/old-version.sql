-- config: dialect=postgresql version=9.1
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);
-- setup: CREATE INDEX orders_customer_idx ON orders (customer_id);

-- Before 9.2 there is no CONCURRENTLY: the help says so.
-- expect: drop-index-blocks-writes: ACCESS EXCLUSIVE
DROP INDEX IF EXISTS orders_customer_idx;

SELECT 1;
