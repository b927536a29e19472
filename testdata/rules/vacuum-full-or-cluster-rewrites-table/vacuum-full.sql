-- config: dialect=postgresql version=15
-- VACUUM refuses to run inside a transaction block, so PostgresClaimsTest checks this rule's claim on
-- cluster.sql and skips the statements marked '-- claim: skip'; VacuumFullClaimTest runs the ones whose reason
-- names it, and watches their lock from another connection.
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);

-- claim: skip VACUUM refuses a transaction block; VacuumFullClaimTest checks it
-- expect: vacuum-full-or-cluster-rewrites-table: VACUUM FULL writes a new copy of orders
VACUUM FULL orders;

-- claim: skip VACUUM refuses a transaction block; VacuumFullClaimTest checks it
-- expect: vacuum-full-or-cluster-rewrites-table: VACUUM FULL writes a new copy of orders
VACUUM (FULL, ANALYZE) orders;

-- claim: skip a VACUUM FULL of the whole shared test database is not run; the lock is the one checked above
-- expect: vacuum-full-or-cluster-rewrites-table: every table of the database
VACUUM FULL;

VACUUM orders;

VACUUM (ANALYZE) orders;

VACUUM (FULL false) orders;
