-- config: dialect=postgresql version=15
-- +goose Up
-- +goose NO TRANSACTION
-- expect: statement-not-rerunnable: create table invoices
CREATE TABLE invoices (id bigint PRIMARY KEY);
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoices_id_idx ON invoices (id);

-- +goose Down
DROP TABLE invoices;
