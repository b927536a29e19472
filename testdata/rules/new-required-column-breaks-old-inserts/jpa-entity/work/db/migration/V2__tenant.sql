-- expect: new-required-column-breaks-old-inserts: release v1.0.0
ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;
