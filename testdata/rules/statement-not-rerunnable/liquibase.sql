--liquibase formatted sql
-- config: dialect=postgresql version=15

--changeset dev:1 runInTransaction:false
-- expect: statement-not-rerunnable: add column orders.invoice_id
ALTER TABLE orders ADD COLUMN invoice_id bigint;
-- The last statement of its changeset: Liquibase records each changeset on its own.
CREATE TABLE invoices (id bigint PRIMARY KEY);

--changeset dev:2 runInTransaction:false
DROP TABLE old_invoices;

--changeset dev:3
-- Liquibase runs this changeset in a transaction.
DROP TABLE older_invoices;
ALTER TABLE orders DROP COLUMN legacy_code;
