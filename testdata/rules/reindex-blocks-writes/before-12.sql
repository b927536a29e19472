-- config: dialect=postgresql version=11
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);

-- Before 12 there is no REINDEX CONCURRENTLY: the help says to build a new index and drop the old one.
-- expect: reindex-blocks-writes: indexes of orders
REINDEX TABLE orders;

-- A whole schema: every table in it.
-- expect: reindex-blocks-writes: REINDEX schema public
REINDEX SCHEMA public;
