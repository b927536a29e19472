-- Runs after the rollout: by then only this release's code serves, and it no longer reads email.
ALTER TABLE users DROP COLUMN email;
