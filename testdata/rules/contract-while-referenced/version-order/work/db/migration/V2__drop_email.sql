-- v1.10.0 is newer than v1.9.0 (versions, not names): it serves during this deploy, without email.
ALTER TABLE users DROP COLUMN email;
