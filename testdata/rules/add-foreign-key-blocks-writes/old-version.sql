-- config: dialect=postgresql version=9.4
-- setup: CREATE TABLE customers (id bigint PRIMARY KEY);
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);

-- expect: add-foreign-key-blocks-writes: ACCESS EXCLUSIVE
ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers (id);

ALTER TABLE orders ADD COLUMN note text;
