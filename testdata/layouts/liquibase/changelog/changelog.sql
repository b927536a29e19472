--liquibase formatted sql

--changeset alice:1
CREATE TABLE person (id INT PRIMARY KEY);
--rollback DROP TABLE person;

--changeset bob:2 runInTransaction:false
CREATE INDEX CONCURRENTLY person_idx ON person (id);
--rollback not required

--changeset "carol smith":func-3 splitStatements:false endDelimiter:/
CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;
/
/* liquibase rollback
DROP FUNCTION f();
*/
