-- config: dialect=postgresql version=15
-- An explicit transaction around the migration (as Flyway, Liquibase, goose and dbmate run theirs): VACUUM is
-- refused outright.
BEGIN;

-- claim: skip refused in a transaction block (SQLSTATE 25001), as the finding says; VacuumFullClaimTest checks the lock
-- expect: vacuum-full-or-cluster-rewrites-table: cannot run inside a transaction block
VACUUM FULL orders;

COMMIT;
