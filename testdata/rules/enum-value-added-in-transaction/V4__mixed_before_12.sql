-- config: dialect=postgresql version=11
-- setup: CREATE TYPE order_status AS ENUM ('new', 'paid');
CREATE TABLE shipments (id bigint PRIMARY KEY);

-- expect: enum-value-added-in-transaction: before PostgreSQL 12
ALTER TYPE order_status ADD VALUE 'shipped';
