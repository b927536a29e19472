-- expect: suppression-without-reason: gives no reason
-- rollsafe:ignore released-migration-modified
ALTER TABLE users ADD COLUMN email varchar(320);
