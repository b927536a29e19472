-- config: dialect=mariadb version=10.2
-- expect: alter-algorithm-refused: ALGORITHM=INSTANT exists only since MariaDB 10.3
ALTER TABLE orders ADD COLUMN placed_at DATETIME NULL, ALGORITHM=INSTANT;

-- expect: alter-algorithm-refused: ALGORITHM=NOCOPY exists only in MariaDB 10.3
ALTER TABLE orders ADD INDEX orders_placed_idx (placed_at), ALGORITHM=NOCOPY;

ALTER TABLE orders ADD COLUMN shipped_at DATETIME NULL, ALGORITHM=INPLACE, LOCK=NONE;

-- Widened within its length prefix: in place since MariaDB 10.2.
ALTER TABLE orders ADD COLUMN code VARCHAR(10);

ALTER TABLE orders MODIFY code VARCHAR(20), ALGORITHM=INPLACE;
