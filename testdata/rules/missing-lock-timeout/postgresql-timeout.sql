-- config: dialect=postgresql version=15
SET lock_timeout = '5s';

ALTER TABLE users ADD COLUMN nickname text;

-- Zero switches the timeout off again.
SET lock_timeout = 0;

-- expect: missing-lock-timeout: users
ALTER TABLE users DROP COLUMN legacy;
