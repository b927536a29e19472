-- config: dialect=mariadb version=10.11
-- given: CREATE TABLE customers (id INT NOT NULL PRIMARY KEY, tier VARCHAR(10) NULL) ENGINE=InnoDB
-- given: INSERT INTO customers (id) VALUES (1), (2)

-- Only data changes, and a temporary table (which does not commit): one transaction can undo it all.
CREATE TEMPORARY TABLE tiers (tier VARCHAR(10)) ENGINE=InnoDB;

INSERT INTO tiers (tier) VALUES ('basic');

INSERT INTO customers (id, tier) VALUES (3, 'gold');

UPDATE customers SET tier = 'basic' WHERE tier IS NULL;

DELETE FROM customers WHERE id = 2;
