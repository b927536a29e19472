-- rollsafe:ignore-file released-migration-modified -- restored as it shipped in v1.0.0 on every server by hand
ALTER TABLE users ADD COLUMN phone varchar(32);
