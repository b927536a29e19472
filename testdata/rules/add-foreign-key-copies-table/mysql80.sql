-- config: dialect=mysql version=8.0.35
-- expect: add-foreign-key-copies-table: MySQL 8.0.35 copies the whole table
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);

-- SET GLOBAL does not change the migration's own session.
SET GLOBAL foreign_key_checks = 0;

-- expect: add-foreign-key-copies-table: orders_region_fk
ALTER TABLE orders ADD CONSTRAINT orders_region_fk FOREIGN KEY (region_id) REFERENCES regions (id);

-- An ALGORITHM clause that rules the copy out makes the statement fail instead: alter-algorithm-refused.
ALTER TABLE orders ADD CONSTRAINT orders_shop_fk FOREIGN KEY (shop_id) REFERENCES shops (id), ALGORITHM=INPLACE;

-- A copy asked for knowingly is still a copy.
-- expect: add-foreign-key-copies-table: orders_store_fk
ALTER TABLE orders ADD CONSTRAINT orders_store_fk FOREIGN KEY (store_id) REFERENCES stores (id), ALGORITHM=COPY, LOCK=SHARED;

-- The way mysqldump writes it.
SET FOREIGN_KEY_CHECKS=OFF;

ALTER TABLE orders ADD CONSTRAINT orders_channel_fk FOREIGN KEY (channel_id) REFERENCES channels (id);

-- A foreign key in CREATE TABLE is not an ALTER of an existing table.
CREATE TABLE notes (id INT NOT NULL PRIMARY KEY, order_id INT, FOREIGN KEY (order_id) REFERENCES orders (id));
