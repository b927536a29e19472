-- config: dialect=mysql version=8.0
-- expect: missing-lock-timeout: orders
ALTER TABLE orders DROP COLUMN legacy;

-- A global value does not apply to the migration's own connection.
SET GLOBAL lock_wait_timeout = 5;

-- expect: missing-lock-timeout: orders
ALTER TABLE orders ADD COLUMN note TEXT;
