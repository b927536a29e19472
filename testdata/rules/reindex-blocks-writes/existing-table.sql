-- config: dialect=postgresql version=15
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);
-- setup: CREATE INDEX orders_customer_idx ON orders (customer_id);
-- setup: INSERT INTO orders SELECT g, g % 10 FROM generate_series(1, 1000) g;

-- expect: reindex-blocks-writes: indexes of orders
REINDEX TABLE orders;

-- expect: reindex-blocks-writes: index orders_customer_idx takes an ACCESS EXCLUSIVE lock on it
REINDEX INDEX orders_customer_idx;

-- CONCURRENTLY lets writes go on (and this plain file runs outside a transaction).
REINDEX TABLE CONCURRENTLY orders;

REINDEX (VERBOSE) INDEX CONCURRENTLY orders_customer_idx;

-- A table created in this migration is new and empty.
CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint);

CREATE INDEX invoices_order_idx ON invoices (order_id);

REINDEX TABLE invoices;

REINDEX INDEX invoices_order_idx;
