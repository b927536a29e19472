-- config: dialect=mariadb version=10.3
-- MariaDB 10.3 knows INSTANT and NOCOPY, and adds a column at the end instantly.
ALTER TABLE orders ADD COLUMN placed_at DATETIME NULL, ALGORITHM=INSTANT;

-- Before 10.4 DROP COLUMN rebuilds the table.
-- expect: alter-algorithm-refused: DROP COLUMN placed_at rebuilds the table in place (instant only since MariaDB 10.4)
ALTER TABLE orders DROP COLUMN placed_at, ALGORITHM=INSTANT;

-- expect: alter-algorithm-refused: MariaDB 10.3 cannot honour
ALTER TABLE orders DROP COLUMN note, ALGORITHM=NOCOPY;

ALTER TABLE orders DROP COLUMN note, ALGORITHM=INPLACE, LOCK=NONE;
