-- config: dialect=postgresql version=15
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric);
-- setup: INSERT INTO orders SELECT g, g % 10, g FROM generate_series(1, 1000) g;

-- expect: add-check-blocks-writes: check constraint orders_total_positive on orders
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0);

ALTER TABLE orders ADD CONSTRAINT orders_customer_set CHECK (customer_id IS NOT NULL) NOT VALID;

ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_set;

CREATE TABLE invoices (id bigint PRIMARY KEY, amount numeric);

ALTER TABLE invoices ADD CONSTRAINT invoices_amount_positive CHECK (amount > 0);
