-- config: dialect=postgresql version=15
-- expect: statement-not-rerunnable: CREATE INDEX CONCURRENTLY orders_customer_idx runs outside a transaction
CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);

-- Dropping a leftover first makes it re-runnable, an INVALID index from a failed build included.
DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);

-- expect: statement-not-rerunnable: drop index orders_legacy_idx
DROP INDEX CONCURRENTLY orders_legacy_idx;

-- The last statement: a failed build leaves an INVALID index and the rerun fails loudly on it (see the doc).
CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);
