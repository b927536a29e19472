-- expect: new-required-column-breaks-old-inserts: breaks the inserts of release v1.0.0
ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;
-- nullable, or with a default: old inserts still work
ALTER TABLE users ADD COLUMN nickname text;
ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';
