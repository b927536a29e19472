-- after the newest released version: in order
ALTER TABLE users ADD COLUMN name text;
