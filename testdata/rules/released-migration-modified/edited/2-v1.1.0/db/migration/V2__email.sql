-- expect: released-migration-modified: white space
ALTER TABLE users ADD COLUMN email text;
