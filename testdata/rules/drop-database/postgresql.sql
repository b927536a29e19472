-- config: dialect=postgresql version=15
-- expect: drop-database: dropping database legacy deletes every table in it
DROP DATABASE legacy;

-- expect: drop-database: dropping database scratch
DROP DATABASE IF EXISTS scratch WITH (FORCE);

-- expect: drop-database: DROP SCHEMA reporting CASCADE deletes every table, view, function and type
DROP SCHEMA reporting CASCADE;

-- Without CASCADE PostgreSQL refuses to drop a schema that still holds anything.
DROP SCHEMA archive;

-- A schema this migration made holds nothing older than it.
CREATE SCHEMA staging;
CREATE TABLE staging.imports (id bigint);
DROP SCHEMA staging CASCADE;

DROP TABLE IF EXISTS old_orders;
