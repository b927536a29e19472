-- config: dialect=postgresql version=9.4
-- Before 9.5 there is no CREATE INDEX IF NOT EXISTS, before 9.6 no ADD COLUMN IF NOT EXISTS.
CREATE INDEX orders_status_idx ON orders (status);
ALTER TABLE orders ADD COLUMN invoice_id bigint;

-- expect: statement-not-rerunnable: create table invoices
CREATE TABLE invoices (id bigint PRIMARY KEY);

SELECT 1;
