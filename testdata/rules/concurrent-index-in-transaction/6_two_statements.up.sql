-- config: dialect=postgresql version=15
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric);
-- golang-migrate sends the whole file as one query string: PostgreSQL runs it as one implicit transaction.
-- expect: concurrent-index-in-transaction: golang-migrate sends this file as one multi-statement query
CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);

-- expect: concurrent-index-in-transaction: CREATE INDEX CONCURRENTLY orders_total_idx
CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);
