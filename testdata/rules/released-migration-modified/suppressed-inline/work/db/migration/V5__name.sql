-- New in this deploy: nothing from the history to suppress.
-- expect: unused-suppression: released-migration-modified found nothing
-- rollsafe:ignore released-migration-modified -- copied from V2
ALTER TABLE users ADD COLUMN name text;
