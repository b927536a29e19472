-- config: dialect=mysql version=8.0
CREATE TABLE orders (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, total DECIMAL(10, 2)) ENGINE=InnoDB;

-- expect: unparsed-statement: ALTR TABLE orders
ALTR TABLE orders ADD COLUMN note VARCHAR(200);

ALTER TABLE orders ADD COLUMN placed_at DATETIME NULL;
