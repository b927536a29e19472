-- config: dialect=postgresql version=15
-- setup: CREATE TABLE customers (id bigint PRIMARY KEY, name text);
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id));
-- setup: INSERT INTO customers SELECT g, 'c' || g FROM generate_series(1, 100) g;
-- setup: INSERT INTO orders SELECT g, g FROM generate_series(1, 100) g;
-- setup: CREATE TABLE audit_log (id bigint PRIMARY KEY, note text);

-- The server also empties orders, which references customers.
-- expect: truncate-cascade: TRUNCATE customers CASCADE also empties every table with a foreign key to it
TRUNCATE customers CASCADE;

-- expect: truncate-cascade: TRUNCATE customers CASCADE
TRUNCATE TABLE ONLY customers RESTART IDENTITY CASCADE;

-- Naming every table to empty, without CASCADE, is the safe form.
TRUNCATE orders, customers;

TRUNCATE audit_log;

-- Tables this migration created are empty and unused.
CREATE TABLE import_batches (id bigint PRIMARY KEY);
CREATE TABLE import_rows (id bigint PRIMARY KEY, batch_id bigint REFERENCES import_batches (id));
TRUNCATE import_batches CASCADE;
