-- config: dialect=postgresql version=15
-- setup: CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy text);
SET lock_timeout = '2s';

-- From here on a wait for a lock gives up after 2 seconds (SQLSTATE 55P03).
-- claim: not-flagged
ALTER TABLE users ADD COLUMN nickname text;

-- claim: not-flagged
CREATE INDEX users_email_idx ON users (email);

-- Zero switches the timeout off again.
SET lock_timeout = 0;

-- expect: missing-lock-timeout: users
ALTER TABLE users DROP COLUMN legacy;
