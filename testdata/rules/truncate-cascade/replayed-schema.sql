-- config: dialect=postgresql version=15
-- setup: CREATE TABLE customers (id bigint PRIMARY KEY, name text);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id));

-- Tables the migrations are known to have given a foreign key to customers are named in the message.
-- expect: truncate-cascade: (orders)
TRUNCATE customers CASCADE;
