-- config: dialect=postgresql version=15
-- The schema before this migration (PostgresClaimsTest runs these lines first):
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric);
-- setup: INSERT INTO orders SELECT g, g % 10, g FROM generate_series(1, 1000) g;

-- expect: create-index-blocks-writes: index orders_customer_idx on orders
CREATE INDEX orders_customer_idx ON orders (customer_id);

-- expect: create-index-blocks-writes: orders_id_total_uq
CREATE UNIQUE INDEX orders_id_total_uq ON orders USING btree (id, total);

-- CONCURRENTLY lets writes go on (and this plain file runs outside a transaction).
CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);

-- A table created in this migration is new and empty.
CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint);

CREATE INDEX invoices_order_idx ON invoices (order_id);
