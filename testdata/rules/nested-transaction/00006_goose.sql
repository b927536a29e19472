-- config: dialect=postgresql version=15
-- +goose Up
-- goose runs the up part in a transaction unless told NO TRANSACTION.
-- expect: nested-transaction: BEGIN inside the transaction goose runs
BEGIN;
UPDATE orders SET status = 'new' WHERE status IS NULL;
-- expect: nested-transaction: COMMIT
COMMIT;

-- +goose Down
BEGIN;
COMMIT;
