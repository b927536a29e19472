-- config: dialect=mysql version=5.6
-- MySQL 5.6 already adds a foreign key in place only with the checks off.
-- expect: add-foreign-key-copies-table: MySQL 5.6 copies
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);

SET @@session.foreign_key_checks = 0;

ALTER TABLE orders ADD CONSTRAINT orders_region_fk FOREIGN KEY (region_id) REFERENCES regions (id);
