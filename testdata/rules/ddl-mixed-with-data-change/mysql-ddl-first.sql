-- config: dialect=mysql version=8.0
CREATE TABLE statuses (id INT NOT NULL PRIMARY KEY, name VARCHAR(20) NOT NULL);

-- Seed rows after the CREATE: if they fail, the table stays and a re-run fails on CREATE TABLE.
-- expect: ddl-mixed-with-data-change: DDL (lines 2, 10) with data changes (lines 6, 8)
INSERT INTO statuses (id, name) VALUES (1, 'new'), (2, 'paid');

INSERT INTO statuses (id, name) VALUES (3, 'shipped');

ALTER TABLE orders ADD COLUMN status_id INT NULL;
