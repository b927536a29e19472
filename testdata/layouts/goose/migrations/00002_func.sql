-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql;
-- +goose StatementEnd
ALTER TABLE t ADD COLUMN x INT;

-- +goose Down
DROP FUNCTION f();
