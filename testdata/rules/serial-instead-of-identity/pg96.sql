-- config: dialect=postgresql version=9.6
-- Before PostgreSQL 10 there are no identity columns: serial is the only way, so nothing is flagged.
CREATE TABLE customers (id serial PRIMARY KEY, email text NOT NULL);

ALTER TABLE customers ADD COLUMN ticket_no bigserial;
