-- config: dialect=postgresql version=15
-- setup: CREATE TABLE orders (id int PRIMARY KEY);
-- setup: INSERT INTO orders SELECT g FROM generate_series(1, 1000) g;

-- The linter learns the old types from these (orders itself existed before the migration).
ALTER TABLE orders ADD COLUMN customer_id int, ADD COLUMN code varchar(50), ADD COLUMN label varchar(50), ADD COLUMN note text, ADD COLUMN ref text, ADD COLUMN total numeric(10,2), ADD COLUMN price numeric(10,2), ADD COLUMN mask cidr;

UPDATE orders SET customer_id = id % 10, code = 'c' || id, label = 'l', note = 'n', ref = id::text, total = id, price = id, mask = '10.0.0.0/8';

-- expect: column-type-change-rewrites-table: orders.customer_id from int to bigint
ALTER TABLE orders ALTER COLUMN customer_id TYPE bigint;

-- expect: column-type-change-rewrites-table: orders.ref from text to integer
ALTER TABLE orders ALTER COLUMN ref TYPE integer USING ref::integer;

-- expect: column-type-change-rewrites-table: orders.label from varchar(50) to varchar(20)
ALTER TABLE orders ALTER COLUMN label TYPE varchar(20);

-- expect: column-type-change-rewrites-table: orders.total from numeric(10,2) to numeric(12,4)
ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,4);

-- Binary coercible: PostgreSQL keeps the table's files.
-- claim: not-flagged
ALTER TABLE orders ALTER COLUMN code TYPE varchar(100);

-- claim: not-flagged
ALTER TABLE orders ALTER COLUMN code TYPE text;

-- claim: not-flagged
ALTER TABLE orders ALTER COLUMN note TYPE varchar;

-- claim: not-flagged
ALTER TABLE orders ALTER COLUMN price TYPE numeric(14,2);

-- claim: not-flagged
ALTER TABLE orders ALTER COLUMN mask TYPE inet;

-- A column the replay never saw: the old type is unknown, so the rule stays silent.
ALTER TABLE orders ALTER COLUMN id TYPE bigint;

CREATE TABLE invoices (id int PRIMARY KEY, amount numeric);

ALTER TABLE invoices ALTER COLUMN id TYPE bigint;
