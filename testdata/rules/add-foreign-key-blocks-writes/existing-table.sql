-- config: dialect=postgresql version=15
-- setup: CREATE TABLE customers (id bigint PRIMARY KEY);
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric);
-- setup: INSERT INTO customers SELECT g FROM generate_series(1, 10) g;
-- setup: INSERT INTO orders SELECT g, g % 10 + 1, g FROM generate_series(1, 1000) g;

-- expect: add-foreign-key-blocks-writes: foreign key orders_customer_fk on orders
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);

ALTER TABLE orders ADD CONSTRAINT orders_customer2_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;

ALTER TABLE orders VALIDATE CONSTRAINT orders_customer2_fk;

CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint);

ALTER TABLE invoices ADD CONSTRAINT invoices_order_fk FOREIGN KEY (order_id) REFERENCES orders (id);
