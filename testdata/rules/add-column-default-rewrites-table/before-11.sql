-- config: dialect=postgresql version=10
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);

-- Before 11 every non-null default is written into each existing row.
-- expect: add-column-default-rewrites-table: before PostgreSQL 11
ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';

ALTER TABLE orders ADD COLUMN note text DEFAULT NULL;

ALTER TABLE orders ADD COLUMN remark text;
