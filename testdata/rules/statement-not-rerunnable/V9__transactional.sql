-- config: dialect=postgresql version=15
-- Flyway runs this file in a transaction: a failure rolls all of it back, so a rerun starts clean.
CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint);
ALTER TABLE orders ADD COLUMN invoice_id bigint;
DROP TABLE old_invoices;
