-- config: dialect=mariadb version=10.11
-- expect: drop-database: dropping database legacy
DROP DATABASE IF EXISTS legacy;

CREATE TABLE notes (id int);
