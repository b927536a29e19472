-- config: dialect=postgresql version=15
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric);
-- setup: INSERT INTO orders SELECT g, g % 10, g FROM generate_series(1, 1000) g;

-- expect: set-not-null-scans-table: orders.total
ALTER TABLE orders ALTER COLUMN total SET NOT NULL;

-- A validated CHECK (col IS NOT NULL) lets PostgreSQL 12+ skip the scan.
ALTER TABLE orders ADD CONSTRAINT orders_customer_not_null CHECK (customer_id IS NOT NULL) NOT VALID;

ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_not_null;

ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;

CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint);

ALTER TABLE invoices ALTER COLUMN order_id SET NOT NULL;
