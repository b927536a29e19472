-- config: dialect=mysql version=8.0
-- expect: drop-database: dropping database legacy
DROP DATABASE legacy;

-- In MySQL a schema is a database.
-- expect: drop-database: DROP SCHEMA archive is DROP DATABASE here
DROP SCHEMA IF EXISTS archive;

DROP TABLE old_orders;
