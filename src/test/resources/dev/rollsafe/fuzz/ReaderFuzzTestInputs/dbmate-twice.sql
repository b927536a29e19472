-- migrate:up transaction:false
CREATE INDEX CONCURRENTLY i ON t (a);
-- migrate:down
DROP INDEX i;
-- migrate:up
ALTER TABLE t DROP COLUMN b;