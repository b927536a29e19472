-- config: dialect=mysql version=5.6
ALTER TABLE orders ADD COLUMN label VARCHAR(10), ALGORITHM=INPLACE, LOCK=NONE;

-- MySQL 5.6 widens a VARCHAR only by copying the table.
-- expect: alter-algorithm-refused: MySQL 5.6 cannot honour: column label changes from varchar(10) to varchar(20)
ALTER TABLE orders MODIFY label VARCHAR(20), ALGORITHM=INPLACE;

-- expect: alter-algorithm-refused: ALGORITHM=INSTANT exists only since MySQL 8.0.12
ALTER TABLE orders ADD INDEX orders_label_idx (label), ALGORITHM=INSTANT;
