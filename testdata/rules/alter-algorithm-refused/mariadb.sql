-- config: dialect=mariadb version=10.11
-- The tables an earlier release left (MariaDbClaimsTest creates them before running this file):
-- given: CREATE TABLE customers (id INT NOT NULL PRIMARY KEY) ENGINE=InnoDB
-- given: CREATE TABLE orders (id INT NOT NULL PRIMARY KEY, customer_id INT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
-- given: CREATE TABLE legacy_events (id INT NOT NULL PRIMARY KEY, body VARCHAR(100)) ENGINE=InnoDB DEFAULT CHARSET=latin1
-- given: CREATE TABLE audit (id INT NOT NULL PRIMARY KEY, who VARCHAR(20)) ENGINE=InnoDB
-- given: CREATE TABLE articles (id INT NOT NULL PRIMARY KEY, body VARCHAR(200) NOT NULL, spot POINT NOT NULL) ENGINE=InnoDB
-- given: CREATE TABLE posts (id INT NOT NULL PRIMARY KEY, body VARCHAR(200) NOT NULL) ENGINE=InnoDB
-- given: INSERT INTO customers (id) VALUES (1)
-- given: INSERT INTO orders (id, customer_id) VALUES (1, 1)

-- Instant ADD COLUMN: accepted.
ALTER TABLE orders ADD COLUMN qty INT NOT NULL DEFAULT 0, ADD COLUMN note VARCHAR(50), ADD COLUMN placed_at DATETIME NULL,
    ALGORITHM=INSTANT;

-- A wider integer is stored differently: only a copy can do it.
-- expect: alter-algorithm-refused: ALTER TABLE orders asks for ALGORITHM=INPLACE, which MariaDB 10.11 cannot honour: column qty changes from int to bigint needs ALGORITHM=COPY
ALTER TABLE orders MODIFY qty BIGINT NOT NULL DEFAULT 0, ALGORITHM=INPLACE;

-- LOCK=NONE alone rules the copy out as well (60 to 100 utf8mb4 characters: the length prefix grows).
-- expect: alter-algorithm-refused: asks for LOCK=NONE
ALTER TABLE orders MODIFY note VARCHAR(100), LOCK=NONE;

-- A copy that lets reads go on is what the server can do: accepted.
ALTER TABLE orders MODIFY note VARCHAR(20), ALGORITHM=COPY, LOCK=SHARED;

-- Widened within its one-byte length prefix: in place.
ALTER TABLE orders MODIFY note VARCHAR(30), ALGORITHM=INPLACE, LOCK=NONE;

-- expect: alter-algorithm-refused: CONVERT TO CHARACTER SET utf8mb4 rewrites every text column
ALTER TABLE legacy_events CONVERT TO CHARACTER SET utf8mb4, ALGORITHM=INPLACE;

-- expect: alter-algorithm-refused: DROP PRIMARY KEY without adding another
ALTER TABLE audit DROP PRIMARY KEY, LOCK=NONE;

-- With foreign_key_checks on, a foreign key needs a copy.
-- expect: alter-algorithm-refused: adding a foreign key with foreign_key_checks on
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id),
    ALGORITHM=INPLACE;

SET SESSION foreign_key_checks = 0;

-- With them off it is added in place.
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk2 FOREIGN KEY (customer_id) REFERENCES customers (id),
    ALGORITHM=NOCOPY, LOCK=NONE;

SET SESSION foreign_key_checks = 1;

-- An index is built, never instant.
-- expect: alter-algorithm-refused: building an index is never instant
ALTER TABLE orders ADD INDEX orders_note_idx (note), ALGORITHM=INSTANT;

-- expect: alter-algorithm-refused: index
ALTER TABLE orders ADD CONSTRAINT orders_note_uq UNIQUE (note), ALGORITHM=INSTANT;

ALTER TABLE orders ADD INDEX orders_qty_idx (qty), ALGORITHM=NOCOPY, LOCK=NONE;

-- A new primary key rebuilds the table.
-- expect: alter-algorithm-refused: a new primary key rebuilds the table in place, never NOCOPY
ALTER TABLE orders DROP PRIMARY KEY, ADD PRIMARY KEY (id, qty), ALGORITHM=NOCOPY;

ALTER TABLE orders DROP PRIMARY KEY, ADD PRIMARY KEY (id), ALGORITHM=INPLACE, LOCK=NONE;

-- MariaDB 10.4 and later drop a column instantly.
ALTER TABLE orders DROP COLUMN placed_at, ALGORITHM=INSTANT;

-- No clause: nothing to refuse (alter-copies-table judges the copy).
ALTER TABLE orders MODIFY qty INT NOT NULL DEFAULT 0;

-- The server refuses the clause even on a table created in this migration.
CREATE TABLE drafts (id INT NOT NULL PRIMARY KEY, n INT NULL) ENGINE=InnoDB;

-- expect: alter-algorithm-refused: column n changes from int to bigint
ALTER TABLE drafts MODIFY n BIGINT NULL, ALGORITHM=INPLACE;

ALTER TABLE drafts ADD COLUMN title VARCHAR(10), ALGORITHM=INSTANT, LOCK=NONE;

-- CONVERT TO CHARACTER SET of a table without text columns has nothing to rewrite: in place.
CREATE TABLE counters (id INT NOT NULL PRIMARY KEY, n INT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE counters CONVERT TO CHARACTER SET latin1, ALGORITHM=INPLACE, LOCK=NONE;

CREATE TABLE labels (id INT NOT NULL PRIMARY KEY, name VARCHAR(20) NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- expect: alter-algorithm-refused: CONVERT TO CHARACTER SET latin1
ALTER TABLE labels CONVERT TO CHARACTER SET latin1, ALGORITHM=INPLACE;

-- FULLTEXT and SPATIAL indexes are built with LOCK=SHARED at best.
-- expect: alter-algorithm-refused: a FULLTEXT index is built with LOCK=SHARED at best
ALTER TABLE articles ADD FULLTEXT INDEX articles_body_ft (body), LOCK=NONE;

-- expect: alter-algorithm-refused: SPATIAL
ALTER TABLE articles ADD SPATIAL INDEX articles_spot_sp (spot), ALGORITHM=INPLACE, LOCK=NONE;

ALTER TABLE posts ADD FULLTEXT INDEX posts_body_ft (body), ALGORITHM=INPLACE, LOCK=SHARED;

-- A table with a FULLTEXT index gets no instant ADD COLUMN (its hidden FTS_DOC_ID column is in the way).
-- expect: alter-algorithm-refused: articles has a FULLTEXT index, and InnoDB adds no column instantly
ALTER TABLE articles ADD COLUMN summary VARCHAR(50) NULL, ALGORITHM=INSTANT;

ALTER TABLE articles ADD COLUMN subtitle VARCHAR(50) NULL, ALGORITHM=INPLACE, LOCK=SHARED;

-- MariaDB 10.4 and later add a column anywhere instantly.
ALTER TABLE orders ADD COLUMN title VARCHAR(50) NULL AFTER id, ALGORITHM=INSTANT;

ALTER TABLE orders ADD COLUMN `rank` INT NULL FIRST, ALGORITHM=INSTANT;
