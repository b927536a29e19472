-- config: dialect=postgresql version=15
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);
-- setup: INSERT INTO orders SELECT g, g FROM generate_series(1, 1000) g;

-- expect: add-column-default-rewrites-table: volatile default gen_random_uuid()
ALTER TABLE orders ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();

-- expect: add-column-default-rewrites-table: volatile default clock_timestamp()
ALTER TABLE orders ADD COLUMN seen_at timestamptz DEFAULT clock_timestamp();

-- expect: add-column-default-rewrites-table: orders.seq as a serial
ALTER TABLE orders ADD COLUMN seq bigserial;

-- now() is STABLE: from PostgreSQL 11 the default is stored once, no rewrite.
-- claim: not-flagged
ALTER TABLE orders ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();

-- claim: not-flagged
ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';

ALTER TABLE orders ADD COLUMN note text;

CREATE TABLE invoices (id bigint PRIMARY KEY, amount numeric);

ALTER TABLE invoices ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();
