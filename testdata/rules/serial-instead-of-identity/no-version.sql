-- config: dialect=postgresql
-- Without --db-version rollsafe assumes the newest PostgreSQL.
-- expect: serial-instead-of-identity: customers.id is declared bigserial
CREATE TABLE customers (id bigserial PRIMARY KEY, email text NOT NULL);
