-- config: dialect=postgresql version=15
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, total numeric, status text);
-- A plain file with its own transactions: the lock lasts until the COMMIT.
BEGIN;

ALTER TABLE orders ADD COLUMN total_cents bigint;

-- claim: skip the claim test runs each statement in a transaction of its own, which this file's COMMIT would end
-- expect: backfill-holds-ddl-lock: ALTER TABLE orders on line 6
UPDATE orders SET total_cents = total * 100;

COMMIT;

-- After COMMIT the lock is gone: a backfill in a later transaction is what the help asks for.
BEGIN;

UPDATE orders SET status = 'open';

COMMIT;
