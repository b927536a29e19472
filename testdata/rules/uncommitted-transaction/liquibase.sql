--liquibase formatted sql
-- config: dialect=postgresql version=15

--changeset dev:1 runInTransaction:false
-- expect: uncommitted-transaction
BEGIN;
UPDATE orders SET status = 'new' WHERE status IS NULL;

--changeset dev:2 runInTransaction:false
COMMIT;

--changeset dev:3
-- Liquibase runs this changeset in a transaction of its own: nested-transaction's business, not this rule's.
BEGIN;
UPDATE orders SET status = 'old' WHERE status IS NULL;
