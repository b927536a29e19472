-- config: dialect=postgresql version=15
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric, status text);
-- setup: INSERT INTO orders SELECT g, g % 10, g, 'new' FROM generate_series(1, 1000) g;
CREATE INDEX orders_status_idx ON orders (status);

-- expect: backfill-holds-ddl-lock: SHARE lock that statement took on orders
UPDATE orders SET status = 'closed' WHERE status = 'open';
