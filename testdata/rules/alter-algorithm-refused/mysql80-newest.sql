-- config: dialect=mysql version=8.0
ALTER TABLE orders DROP COLUMN placed_at, ALGORITHM=INSTANT;
