-- config: dialect=postgresql version=10
-- Identity columns exist from PostgreSQL 10.
-- expect: serial-instead-of-identity: customers.id is declared serial
CREATE TABLE customers (id serial PRIMARY KEY, email text NOT NULL);
