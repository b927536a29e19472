-- config: dialect=postgresql version=15
-- setup: CREATE TABLE tenants (id bigint PRIMARY KEY);
-- setup: CREATE TABLE users (id bigint PRIMARY KEY, email text, name text, tenant_id bigint);
-- setup: ALTER TABLE users ADD CONSTRAINT users_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenants (id) NOT VALID;

-- ACCESS EXCLUSIVE: waits even behind a reader, and then every later query queues behind it.
-- expect: missing-lock-timeout: lock that blocks writes on users
ALTER TABLE users ADD COLUMN nickname text;

-- SHARE lock: waits behind writers, and then every later write queues behind it.
-- expect: missing-lock-timeout: users
CREATE INDEX users_email_idx ON users (email);

-- SHARE ROW EXCLUSIVE on both tables.
-- expect: missing-lock-timeout: users
ALTER TABLE users ADD CONSTRAINT users_tenant_fk2 FOREIGN KEY (tenant_id) REFERENCES tenants (id);

-- CONCURRENTLY takes no write-blocking lock.
CREATE INDEX CONCURRENTLY users_name_idx ON users (name);

-- VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE: writes go on.
ALTER TABLE users VALIDATE CONSTRAINT users_tenant_fk;

CREATE TABLE invites (id bigint PRIMARY KEY);

ALTER TABLE invites ADD COLUMN code text;
