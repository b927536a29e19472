--liquibase formatted sql
--changeset alice:1 runInTransaction:false splitStatements:false endDelimiter:GO
CREATE PROCEDURE p AS SELECT 1
GO
--rollback DROP PROCEDURE p;
--changeset "bob smith":"two words" endDelimiter:$$
ALTER TABLE t ADD c int$$
/* liquibase rollback
ALTER TABLE t DROP COLUMN c;
--changeset carol:3
/* liquibase rollback */
--rollback not required
--changeset dave:4 splitStatements:false
