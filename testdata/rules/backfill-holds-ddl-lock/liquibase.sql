--liquibase formatted sql
-- config: dialect=postgresql version=15
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);

--changeset shop:1
ALTER TABLE orders ADD COLUMN total_cents bigint;

--changeset shop:2
-- Each changeset runs (and commits) in a transaction of its own: the ALTER's lock is gone.
UPDATE orders SET total_cents = total * 100;

--changeset shop:3
ALTER TABLE orders ADD COLUMN total_pence bigint;
-- claim: skip the claim test runs the file's earlier statements as one transaction, changesets are separate ones
-- expect: backfill-holds-ddl-lock: ALTER TABLE orders on line 13
UPDATE orders SET total_pence = total * 100;
