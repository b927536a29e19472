-- config: dialect=postgresql version=15
-- setup: CREATE TYPE order_status AS ENUM ('new', 'paid');
-- A plain SQL file: nothing wraps it in a transaction.
ALTER TYPE order_status ADD VALUE 'shipped';

ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded' AFTER 'paid';
