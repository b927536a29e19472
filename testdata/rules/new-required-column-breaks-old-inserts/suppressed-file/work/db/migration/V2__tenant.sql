-- rollsafe:ignore-file new-required-column-breaks-old-inserts -- the old release is drained before this runs
ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;
