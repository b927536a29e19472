-- preamble comment
-- +goose Up
CREATE TABLE t (id INT);
-- +goose Down
DROP TABLE t;
