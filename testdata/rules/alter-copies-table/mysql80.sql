-- config: dialect=mysql version=8.0.32
ALTER TABLE orders ADD COLUMN label VARCHAR(10);

-- MySQL 5.7 and later widen it in place (the length prefix stays one byte).
ALTER TABLE orders MODIFY label VARCHAR(20);

-- expect: alter-copies-table: column label changes from varchar(20) to text
ALTER TABLE orders MODIFY label TEXT;

-- A new table: nothing to copy.
CREATE TABLE tags (id INT NOT NULL PRIMARY KEY, name VARCHAR(10));

ALTER TABLE tags MODIFY id BIGINT NOT NULL;

-- With a clause that rules the copy out the server refuses the statement instead of copying:
-- alter-algorithm-refused reports it, not this rule.
ALTER TABLE orders MODIFY label VARCHAR(5), ALGORITHM=INPLACE, LOCK=NONE;

ALTER TABLE orders MODIFY label VARCHAR(4), LOCK=NONE;

-- LOCK=SHARED allows the copy.
-- expect: alter-copies-table: column label changes
ALTER TABLE orders MODIFY label VARCHAR(3), LOCK=SHARED;
