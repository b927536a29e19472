-- config: dialect=mariadb version=10.11
-- given: CREATE TABLE users (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, email VARCHAR(100))
-- given: INSERT INTO users (email) VALUES ('old@example.com')

-- expect: required-column-without-default: users.tenant_id
ALTER TABLE users ADD COLUMN tenant_id BIGINT NOT NULL;

-- A default fills old rows and omitted inserts alike.
ALTER TABLE users ADD COLUMN plan VARCHAR(20) NOT NULL DEFAULT 'free';

-- Nullable: omitted inserts store NULL.
ALTER TABLE users ADD COLUMN nickname VARCHAR(40);

-- Self-filling (generated) columns are fine.
ALTER TABLE users ADD COLUMN email_lower VARCHAR(100) AS (LOWER(email)) VIRTUAL;

-- A table created in this migration has no old rows and no old code inserting into it.
CREATE TABLE invites (id INT NOT NULL PRIMARY KEY);

ALTER TABLE invites ADD COLUMN code VARCHAR(20) NOT NULL;
