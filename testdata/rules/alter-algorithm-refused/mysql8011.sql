-- config: dialect=mysql version=8.0.11
-- expect: alter-algorithm-refused: ALGORITHM=INSTANT exists only since MySQL 8.0.12
ALTER TABLE orders ADD COLUMN placed_at DATETIME NULL, ALGORITHM=INSTANT;
