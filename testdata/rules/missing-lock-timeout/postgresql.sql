-- config: dialect=postgresql version=15
-- expect: missing-lock-timeout: lock that blocks writes on users
ALTER TABLE users ADD COLUMN nickname text;

-- SHARE lock: blocks writes.
-- expect: missing-lock-timeout: users
CREATE INDEX users_email_idx ON users (email);

-- CONCURRENTLY takes no write-blocking lock.
CREATE INDEX CONCURRENTLY users_name_idx ON users (name);

-- VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE: writes go on.
ALTER TABLE users VALIDATE CONSTRAINT users_tenant_fk;

CREATE TABLE invites (id bigint PRIMARY KEY);

ALTER TABLE invites ADD COLUMN code text;
