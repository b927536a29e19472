-- config: dialect=postgresql version=15
-- Even alone, a failed CREATE INDEX CONCURRENTLY leaves an INVALID index that makes a second run fail.
-- expect: statement-not-rerunnable: leaves an INVALID index orders_customer_idx behind
CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);

-- Dropping a leftover first makes it re-runnable.
DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
