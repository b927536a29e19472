-- new in this deploy: not a history finding
ALTER TABLE users ADD COLUMN name text;
