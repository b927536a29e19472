-- config: dialect=mariadb version=10.1
ALTER TABLE orders ADD COLUMN note VARCHAR(10);

-- Before MariaDB 10.2 a VARCHAR cannot be widened in place.
-- expect: alter-copies-table: column note changes from varchar(10) to varchar(20)
ALTER TABLE orders MODIFY note VARCHAR(20);

-- ENUM members appended at the end were already meta-data only.
ALTER TABLE orders ADD COLUMN status ENUM('new');

ALTER TABLE orders MODIFY status ENUM('new', 'paid');
