-- config: dialect=mariadb version=10.11
-- given: CREATE TABLE orders (id INT NOT NULL PRIMARY KEY, note VARCHAR(50)) ENGINE=InnoDB
-- given: CREATE TABLE customers (id INT NOT NULL PRIMARY KEY, name VARCHAR(50)) ENGINE=InnoDB

-- Even an instant ADD COLUMN needs the exclusive metadata lock for a moment, and waits a year for it by default.
-- expect: missing-lock-timeout: exclusive metadata lock on orders
ALTER TABLE orders ADD COLUMN placed_at DATETIME NULL;

-- expect: missing-lock-timeout: orders
CREATE INDEX orders_note_idx ON orders (note);

-- A table created in this migration: nobody else holds a lock on it.
CREATE TABLE drafts (id INT NOT NULL PRIMARY KEY);

ALTER TABLE drafts ADD COLUMN title VARCHAR(20);

SET SESSION lock_wait_timeout = 2;

-- From here on the wait gives up after 2 seconds.
ALTER TABLE customers ADD COLUMN email VARCHAR(100);
