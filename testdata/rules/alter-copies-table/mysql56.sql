-- config: dialect=mysql version=5.6
ALTER TABLE orders ADD COLUMN label VARCHAR(10);

-- MySQL 5.6 cannot widen a VARCHAR in place: it copies the table.
-- expect: alter-copies-table: column label changes from varchar(10) to varchar(20)
ALTER TABLE orders MODIFY label VARCHAR(20);
