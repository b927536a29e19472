-- config: dialect=postgresql version=15
-- +goose NO TRANSACTION
-- +goose Up
-- The form create-index-blocks-writes asks for: one index build alone in a non-transactional migration.
CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS orders_customer_idx;
