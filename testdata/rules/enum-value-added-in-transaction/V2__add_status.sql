-- config: dialect=postgresql version=15
-- setup: CREATE TYPE order_status AS ENUM ('new', 'paid');
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL DEFAULT 'new');

-- Flyway runs this file in one transaction: the UPDATE below fails with "unsafe use of new value".
-- expect: enum-value-added-in-transaction: the value cannot be used until the transaction commits
ALTER TYPE order_status ADD VALUE 'shipped';

UPDATE orders SET status = 'shipped' WHERE id = 1;
