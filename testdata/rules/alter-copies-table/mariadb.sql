-- config: dialect=mariadb version=10.11
-- The tables an earlier release left (MariaDBClaimsTest creates them before running this file):
-- given: CREATE TABLE orders (id INT NOT NULL PRIMARY KEY) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
-- given: CREATE TABLE legacy_events (id INT NOT NULL PRIMARY KEY, body VARCHAR(100)) ENGINE=InnoDB DEFAULT CHARSET=latin1
-- given: CREATE TABLE audit (id INT NOT NULL PRIMARY KEY, who VARCHAR(20)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
-- given: INSERT INTO orders (id) VALUES (1), (2)
-- given: INSERT INTO audit (id, who) VALUES (1, 'ops')

-- Columns added here are known to the checker; the table is still an existing one. Instant.
ALTER TABLE orders ADD COLUMN qty INT NOT NULL DEFAULT 0, ADD COLUMN note VARCHAR(50), ADD COLUMN code VARCHAR(100),
    ADD COLUMN status ENUM('new', 'paid');

-- A wider integer is stored differently: every row is rewritten.
-- expect: alter-copies-table: qty changes from int to bigint
ALTER TABLE orders MODIFY COLUMN qty BIGINT NOT NULL DEFAULT 0;

-- 50 to 60 characters of utf8mb4 (200 to 240 bytes) keeps the one-byte length prefix: in place.
ALTER TABLE orders MODIFY note VARCHAR(60);

-- 60 to 100 characters (240 to 400 bytes) needs a two-byte length prefix: a copy.
-- expect: alter-copies-table: column note changes
ALTER TABLE orders MODIFY note VARCHAR(100);

-- A narrower column has to check and rewrite every value.
-- expect: alter-copies-table: column code changes
ALTER TABLE orders CHANGE code code VARCHAR(20);

-- ENUM members appended at the end: meta-data only.
ALTER TABLE orders MODIFY status ENUM('new', 'paid', 'shipped');

-- Members reordered (not appended): every stored number changes meaning.
-- expect: alter-copies-table: column status changes
ALTER TABLE orders MODIFY status ENUM('paid', 'new', 'shipped');

-- An integer's display width is not stored.
ALTER TABLE orders MODIFY COLUMN qty BIGINT(20) NOT NULL DEFAULT 0;

-- expect: alter-copies-table: CONVERT TO CHARACTER SET
ALTER TABLE legacy_events CONVERT TO CHARACTER SET utf8mb4;

-- expect: alter-copies-table: DROP PRIMARY KEY
ALTER TABLE audit DROP PRIMARY KEY;

-- Replacing the primary key in one statement is done in place (the rows are sorted once, writes go on).
ALTER TABLE orders DROP PRIMARY KEY, ADD PRIMARY KEY (id, qty);

-- Indexes are built in place with concurrent writes.
ALTER TABLE orders ADD INDEX orders_note_idx (note);

-- ADD COLUMN is instant.
ALTER TABLE orders ADD COLUMN placed_at DATETIME NULL;

-- Asked for explicitly, a copy is a copy.
-- expect: alter-copies-table: ALGORITHM=COPY
ALTER TABLE orders ADD COLUMN shipped_at DATETIME NULL, ALGORITHM=COPY;

-- A table created in this migration is empty: nothing to copy.
CREATE TABLE drafts (id INT NOT NULL PRIMARY KEY, title VARCHAR(10)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE drafts MODIFY title VARCHAR(200);
