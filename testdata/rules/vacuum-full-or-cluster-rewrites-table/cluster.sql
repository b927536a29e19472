-- config: dialect=postgresql version=15
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);
-- setup: CREATE INDEX orders_customer_idx ON orders (customer_id);
-- setup: INSERT INTO orders SELECT g, g % 10 FROM generate_series(1, 1000) g;

-- expect: vacuum-full-or-cluster-rewrites-table: CLUSTER writes a new copy of orders
CLUSTER orders USING orders_customer_idx;

-- expect: vacuum-full-or-cluster-rewrites-table: CLUSTER writes a new copy of orders
CLUSTER VERBOSE orders USING orders_pkey;

-- Statistics and plain VACUUM take no lock that blocks reads or writes.
ANALYZE orders;

-- A table created in this migration has no readers yet.
CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint);

CREATE INDEX invoices_order_idx ON invoices (order_id);

CLUSTER invoices USING invoices_order_idx;
