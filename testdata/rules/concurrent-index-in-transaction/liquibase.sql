--liquibase formatted sql
-- config: dialect=postgresql version=15
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric);
-- setup: CREATE INDEX orders_total_idx ON orders (total);

--changeset dev:1
-- expect: concurrent-index-in-transaction: CREATE INDEX CONCURRENTLY orders_customer_idx
CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);

--changeset dev:2
-- expect: concurrent-index-in-transaction: REINDEX CONCURRENTLY
REINDEX INDEX CONCURRENTLY orders_total_idx;

--changeset dev:3
-- expect: concurrent-index-in-transaction: DROP INDEX CONCURRENTLY
DROP INDEX CONCURRENTLY orders_total_idx;

--changeset dev:4 runInTransaction:false
CREATE INDEX CONCURRENTLY orders_id_total_idx ON orders (id, total);

--changeset dev:5
CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint);
