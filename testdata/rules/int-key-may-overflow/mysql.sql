-- config: dialect=mysql version=8.0
-- PostgreSQL only: MySQL's INT AUTO_INCREMENT keys are not checked (yet).
CREATE TABLE customers (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    age INT
);

CREATE TABLE orders (
    id INT UNSIGNED NOT NULL AUTO_INCREMENT,
    customer_id INT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY (customer_id) REFERENCES customers (id)
);

ALTER TABLE orders ADD COLUMN coupon_id INT REFERENCES customers (id);
