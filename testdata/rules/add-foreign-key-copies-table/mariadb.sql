-- config: dialect=mariadb version=10.11
-- The tables an earlier release left (MariaDbClaimsTest creates them before running this file):
-- given: CREATE TABLE customers (id INT NOT NULL PRIMARY KEY) ENGINE=InnoDB
-- given: CREATE TABLE orders (id INT NOT NULL PRIMARY KEY, customer_id INT NULL) ENGINE=InnoDB
-- given: CREATE TABLE shipments (id INT NOT NULL PRIMARY KEY, order_id INT NULL) ENGINE=InnoDB
-- given: CREATE TABLE payments (id INT NOT NULL PRIMARY KEY, order_id INT NULL) ENGINE=InnoDB
-- given: INSERT INTO customers (id) VALUES (1)
-- given: INSERT INTO orders (id, customer_id) VALUES (1, 1)
-- given: INSERT INTO payments (id, order_id) VALUES (1, 1), (2, 99)

-- With foreign_key_checks on (the default) InnoDB copies the table.
-- expect: add-foreign-key-copies-table: foreign key orders_customer_fk on orders (referencing customers) with foreign_key_checks on: MariaDB 10.11 copies
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);

-- A table created in this migration is empty: nothing to copy.
CREATE TABLE refunds (id INT NOT NULL PRIMARY KEY, payment_id INT NULL) ENGINE=InnoDB;

ALTER TABLE refunds ADD CONSTRAINT refunds_payment_fk FOREIGN KEY (payment_id) REFERENCES payments (id);

-- With the checks off for the session it is added in place, and the existing rows are not checked:
-- payment 2 points at an order that does not exist, and stays.
SET SESSION foreign_key_checks = 0;

ALTER TABLE payments ADD CONSTRAINT payments_order_fk FOREIGN KEY (order_id) REFERENCES orders (id);

SET SESSION foreign_key_checks = 1;

-- Back on: a copy again.
-- expect: add-foreign-key-copies-table: a foreign key on shipments
ALTER TABLE shipments ADD FOREIGN KEY (order_id) REFERENCES orders (id);
