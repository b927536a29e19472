-- config: dialect=mariadb version=10.3
-- MariaDB 10.3 knows INSTANT and NOCOPY, and adds a column at the end instantly.
ALTER TABLE orders ADD COLUMN placed_at DATETIME NULL, ALGORITHM=INSTANT;

-- Before 10.4 DROP COLUMN rebuilds the table.
-- expect: alter-algorithm-refused: DROP COLUMN placed_at rebuilds the table in place (instant only since MariaDB 10.4)
ALTER TABLE orders DROP COLUMN placed_at, ALGORITHM=INSTANT;

-- expect: alter-algorithm-refused: MariaDB 10.3 cannot honour
ALTER TABLE orders DROP COLUMN note, ALGORITHM=NOCOPY;

ALTER TABLE orders DROP COLUMN note, ALGORITHM=INPLACE, LOCK=NONE;

-- Before 10.4 only a column added at the end is instant.
-- expect: alter-algorithm-refused: ADD COLUMN code AFTER id is instant only at the end of the table before MariaDB 10.4
ALTER TABLE orders ADD COLUMN code VARCHAR(10) NULL AFTER id, ALGORITHM=INSTANT;

-- expect: alter-algorithm-refused: ADD COLUMN rank FIRST
ALTER TABLE orders ADD COLUMN rank INT NULL FIRST, ALGORITHM=INSTANT;

ALTER TABLE orders ADD COLUMN label VARCHAR(10) NULL AFTER id, ALGORITHM=INPLACE, LOCK=NONE;

-- A word in a default or a comment is not a position.
ALTER TABLE orders ADD COLUMN kind VARCHAR(10) NULL DEFAULT 'first' COMMENT 'after id', ALGORITHM=INSTANT;
