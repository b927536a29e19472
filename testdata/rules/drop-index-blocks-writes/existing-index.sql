-- config: dialect=postgresql version=15
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric);
-- setup: CREATE INDEX orders_customer_idx ON orders (customer_id);
-- setup: CREATE INDEX orders_total_idx ON orders (total);

-- expect: drop-index-blocks-writes: orders_customer_idx
DROP INDEX orders_customer_idx;

DROP INDEX CONCURRENTLY orders_total_idx;

CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint);

CREATE INDEX invoices_order_idx ON invoices (order_id);

-- The index of a table created in this migration: nobody uses it yet.
DROP INDEX invoices_order_idx;
