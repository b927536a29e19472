-- config: dialect=mysql version=8.0
-- PostgreSQL only: in MySQL VARCHAR(n) is the usual string type (TEXT columns have other limits).
CREATE TABLE customers (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, email VARCHAR(320) NOT NULL);

ALTER TABLE customers ADD COLUMN country VARCHAR(2);
