-- config: dialect=mysql version=8.0.28
-- MySQL 8.0.12 and later add a column at the end instantly.
ALTER TABLE orders ADD COLUMN placed_at DATETIME NULL, ALGORITHM=INSTANT;

-- Instant DROP COLUMN came with 8.0.29.
-- expect: alter-algorithm-refused: MySQL 8.0.28 cannot honour: DROP COLUMN placed_at rebuilds the table in place (instant only since MySQL 8.0.29)
ALTER TABLE orders DROP COLUMN placed_at, ALGORITHM=INSTANT;

ALTER TABLE orders DROP COLUMN legacy_flag, ALGORITHM=INPLACE, LOCK=NONE;

-- MySQL has no NOCOPY.
-- expect: alter-algorithm-refused: ALGORITHM=NOCOPY exists only in MariaDB 10.3 and later
ALTER TABLE orders ADD INDEX orders_placed_idx (placed_at), ALGORITHM=NOCOPY;

ALTER TABLE orders ADD INDEX orders_placed_idx2 (placed_at), ALGORITHM=INPLACE, LOCK=NONE;

-- expect: alter-algorithm-refused: new primary key rebuilds the table in place, never INSTANT
ALTER TABLE orders DROP PRIMARY KEY, ADD PRIMARY KEY (id, placed_at), ALGORITHM=INSTANT;

-- A type change with LOCK=NONE: only a copy can do it.
ALTER TABLE orders ADD COLUMN qty INT NOT NULL DEFAULT 0;

-- expect: alter-algorithm-refused: column qty changes from int to bigint
ALTER TABLE orders MODIFY qty BIGINT NOT NULL DEFAULT 0, ALGORITHM=INPLACE, LOCK=NONE;

-- LOCK=SHARED and EXCLUSIVE allow a copy.
ALTER TABLE orders MODIFY qty INT NOT NULL DEFAULT 0, LOCK=SHARED;

ALTER TABLE orders MODIFY qty BIGINT NOT NULL DEFAULT 0, ALGORITHM=DEFAULT, LOCK=EXCLUSIVE;

-- Before 8.0.29 only a column added at the end is instant.
-- expect: alter-algorithm-refused: ADD COLUMN code AFTER id is instant only at the end of the table before MySQL 8.0.29
ALTER TABLE orders ADD COLUMN code VARCHAR(10) NULL AFTER id, ALGORITHM=INSTANT;
