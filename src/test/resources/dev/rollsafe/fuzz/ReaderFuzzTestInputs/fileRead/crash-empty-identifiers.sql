-- +goose Up
ALTER TABLE `` ADD COLUMN a int;
CREATE TABLE "" (a int);
DROP TABLE "";
