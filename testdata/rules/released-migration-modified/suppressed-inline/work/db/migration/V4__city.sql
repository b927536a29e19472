-- expect: released-migration-modified: shipped in release v1.0.0
ALTER TABLE users ADD COLUMN city varchar(100);
