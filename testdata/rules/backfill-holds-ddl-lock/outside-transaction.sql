-- config: dialect=postgresql version=15
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);
-- A plain file runs statement by statement (autocommit): each statement's locks end with it.
ALTER TABLE orders ADD COLUMN total_cents bigint;

UPDATE orders SET total_cents = total * 100;
