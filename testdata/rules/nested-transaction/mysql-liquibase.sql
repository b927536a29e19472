--liquibase formatted sql
-- config: dialect=mysql version=8.0

--changeset dev:1
-- expect: nested-transaction: BEGIN inside the transaction liquibase runs this migration in commits that transaction
START TRANSACTION;
UPDATE orders SET status = 'new' WHERE status IS NULL;
-- expect: nested-transaction: ROLLBACK ends the transaction liquibase runs
ROLLBACK;

--changeset dev:2 runInTransaction:false
START TRANSACTION;
UPDATE orders SET status = 'old' WHERE status IS NULL;
COMMIT;
