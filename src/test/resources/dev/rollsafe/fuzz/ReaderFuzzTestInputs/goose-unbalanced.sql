-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RETURN NEW; END; $$ LANGUAGE plpgsql;
-- +goose StatementEnd
ALTER TABLE t ADD COLUMN a int;
-- +goose StatementBegin
SELECT 1;
-- +goose Down
DROP FUNCTION f;
-- +goose NO TRANSACTION
