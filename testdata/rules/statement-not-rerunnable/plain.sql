-- config: dialect=postgresql version=15
-- A plain SQL file runs outside a transaction: a failure halfway leaves the earlier statements applied.
-- expect: statement-not-rerunnable: create table invoices runs outside a transaction
CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint);

-- expect: statement-not-rerunnable: create index invoices_order_idx
CREATE INDEX invoices_order_idx ON invoices (order_id);

-- expect: statement-not-rerunnable: add column orders.invoice_id
ALTER TABLE orders ADD COLUMN invoice_id bigint;

-- expect: statement-not-rerunnable: add foreign key orders_invoice_fk on orders
ALTER TABLE orders ADD CONSTRAINT orders_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoices (id) NOT VALID;

-- expect: statement-not-rerunnable: drop table old_invoices
DROP TABLE old_invoices;

-- expect: statement-not-rerunnable: drop column orders.legacy_code
ALTER TABLE orders DROP COLUMN legacy_code;

-- expect: statement-not-rerunnable: drop index orders_legacy_idx
DROP INDEX orders_legacy_idx;

-- expect: statement-not-rerunnable: create view open_invoices
CREATE VIEW open_invoices AS SELECT * FROM invoices;

-- expect: statement-not-rerunnable: create extension pg_trgm
CREATE EXTENSION pg_trgm;

-- The re-runnable forms.
CREATE TABLE IF NOT EXISTS credit_notes (id bigint PRIMARY KEY);
CREATE INDEX IF NOT EXISTS credit_notes_id_idx ON credit_notes (id);
ALTER TABLE orders ADD COLUMN IF NOT EXISTS credit_note_id bigint;
DROP TABLE IF EXISTS old_credit_notes;
ALTER TABLE orders DROP COLUMN IF EXISTS legacy_note;
CREATE OR REPLACE VIEW open_orders AS SELECT * FROM orders;
DROP TABLE IF EXISTS refunds;
CREATE TABLE refunds (id bigint PRIMARY KEY);

-- Types have no IF NOT EXISTS: nothing to suggest.
CREATE TYPE refund_state AS ENUM ('open', 'done');

-- The last statement: if it fails, nothing after it stayed applied.
CREATE TABLE payments (id bigint PRIMARY KEY);
