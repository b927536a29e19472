-- config: dialect=mysql version=8.0.29
ALTER TABLE orders DROP COLUMN placed_at, ALGORITHM=INSTANT;

-- 8.0 without a patch number means the newest 8.0, too (see mysql80-newest.sql).
ALTER TABLE orders ADD COLUMN shipped_at DATETIME NULL, ALGORITHM=INSTANT;

-- 8.0.29 adds a column anywhere instantly.
ALTER TABLE orders ADD COLUMN code VARCHAR(10) NULL AFTER id, ALGORITHM=INSTANT;
