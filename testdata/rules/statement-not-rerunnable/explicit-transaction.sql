-- config: dialect=postgresql version=15
-- The file's own BEGIN / COMMIT make these statements atomic.
BEGIN;
CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint);
ALTER TABLE orders ADD COLUMN invoice_id bigint;
COMMIT;

-- expect: statement-not-rerunnable: drop table old_invoices
DROP TABLE old_invoices;

SELECT 1;
