-- config: dialect=postgresql version=15
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);
-- setup: INSERT INTO orders SELECT g, g % 10 FROM generate_series(1, 1000) g;

-- A NOT VALID check proves nothing about the old rows.
ALTER TABLE orders ADD CONSTRAINT orders_customer_not_null CHECK (customer_id IS NOT NULL) NOT VALID;

-- expect: set-not-null-scans-table: orders.customer_id
ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;
