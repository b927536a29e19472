--liquibase formatted sql
-- config: dialect=postgresql version=15

--changeset dev:1
-- expect: nested-transaction: BEGIN inside the transaction liquibase runs
BEGIN;
UPDATE orders SET status = 'new' WHERE status IS NULL;
-- expect: nested-transaction: COMMIT ends the transaction liquibase runs
END;

--changeset dev:2 runInTransaction:false
BEGIN;
UPDATE orders SET status = 'old' WHERE status IS NULL;
COMMIT;
