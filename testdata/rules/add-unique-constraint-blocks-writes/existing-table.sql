-- config: dialect=postgresql version=15
-- setup: CREATE TABLE orders (id bigint NOT NULL, code text, total numeric);
-- setup: INSERT INTO orders SELECT g, 'c' || g, g FROM generate_series(1, 1000) g;
-- setup: CREATE UNIQUE INDEX orders_total_idx ON orders (total);

-- expect: add-unique-constraint-blocks-writes: UNIQUE orders_code_key on orders
ALTER TABLE orders ADD CONSTRAINT orders_code_key UNIQUE (code);

-- expect: add-unique-constraint-blocks-writes: PRIMARY KEY orders_pkey on orders
ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);

-- A UNIQUE or PRIMARY KEY written on the new column builds the same index under the same lock.
-- expect: add-unique-constraint-blocks-writes: adding column orders.ref with UNIQUE
ALTER TABLE orders ADD COLUMN ref text UNIQUE;

-- expect: add-unique-constraint-blocks-writes: adding column orders.ext_ref with UNIQUE
ALTER TABLE orders ADD COLUMN ext_ref text CONSTRAINT orders_ext_ref_key UNIQUE;

-- The index was built beforehand (CONCURRENTLY): attaching it is quick.
-- claim: not-flagged
ALTER TABLE orders ADD CONSTRAINT orders_total_key UNIQUE USING INDEX orders_total_idx;

CREATE TABLE invoices (id bigint NOT NULL, number text);

ALTER TABLE invoices ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);

ALTER TABLE invoices ADD CONSTRAINT invoices_number_key UNIQUE (number);

ALTER TABLE invoices ADD COLUMN code text UNIQUE;

ALTER TABLE orders ADD COLUMN note text;
