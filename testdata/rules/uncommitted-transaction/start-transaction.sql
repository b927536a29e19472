-- config: dialect=postgresql version=15
SET lock_timeout = '5s';

-- expect: uncommitted-transaction: never committed
START TRANSACTION ISOLATION LEVEL SERIALIZABLE;
ALTER TABLE orders DROP COLUMN legacy_code;
SAVEPOINT before_update;
UPDATE orders SET total = 0 WHERE total IS NULL;
RELEASE SAVEPOINT before_update;
