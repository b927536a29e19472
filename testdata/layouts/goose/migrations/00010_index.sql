-- +goose NO TRANSACTION
-- +goose Up
CREATE INDEX CONCURRENTLY t_x ON t (x);
-- +goose Down
DROP INDEX CONCURRENTLY t_x;
