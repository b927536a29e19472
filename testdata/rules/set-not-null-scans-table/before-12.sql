-- config: dialect=postgresql version=11
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);

ALTER TABLE orders ADD CONSTRAINT orders_customer_not_null CHECK (customer_id IS NOT NULL) NOT VALID;

ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_not_null;

-- Before 12, SET NOT NULL scans even with a validated check.
-- expect: set-not-null-scans-table: before PostgreSQL 12
ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;
