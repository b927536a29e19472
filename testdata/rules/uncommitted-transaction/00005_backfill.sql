-- config: dialect=postgresql version=15
-- +goose Up
-- +goose NO TRANSACTION
BEGIN;
UPDATE orders SET status = 'new' WHERE status IS NULL;
COMMIT;

-- +goose Down
BEGIN;
