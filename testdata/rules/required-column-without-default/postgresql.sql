-- config: dialect=postgresql version=15
-- expect: required-column-without-default: contains null values
ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;

ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';

ALTER TABLE users ADD COLUMN id2 bigint GENERATED ALWAYS AS IDENTITY;

CREATE TABLE invites (id bigint PRIMARY KEY);

ALTER TABLE invites ADD COLUMN code text NOT NULL;
