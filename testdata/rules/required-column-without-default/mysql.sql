-- config: dialect=mysql version=8.0
-- expect: required-column-without-default: error 1364
ALTER TABLE accounts ADD COLUMN region CHAR(2) NOT NULL;

ALTER TABLE accounts ADD COLUMN created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP;
