-- config: dialect=mysql version=8.0
-- PostgreSQL only: MySQL's CHAR(n) strips trailing spaces on read and is not checked here.
CREATE TABLE countries (code CHAR(2) NOT NULL PRIMARY KEY, name VARCHAR(100));

ALTER TABLE countries ADD COLUMN iso3 CHAR(3);
