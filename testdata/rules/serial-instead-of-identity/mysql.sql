-- config: dialect=mysql version=8.0
-- PostgreSQL only: MySQL's SERIAL is BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE, not a sequence.
CREATE TABLE customers (id SERIAL PRIMARY KEY, email VARCHAR(320) NOT NULL);
