--liquibase formatted sql
-- config: dialect=mysql version=8.0

--changeset dev:1
CREATE TABLE statuses (id INT NOT NULL PRIMARY KEY, name VARCHAR(20) NOT NULL);

-- Each changeset is applied on its own: seed rows in the next one do not mix.
--changeset dev:2
INSERT INTO statuses (id, name) VALUES (1, 'new');

--changeset dev:3
UPDATE orders SET note = '' WHERE note IS NULL;

-- expect: ddl-mixed-with-data-change: DDL (line 15) with data changes (line 12)
ALTER TABLE orders MODIFY note VARCHAR(50) NOT NULL;
