-- The code stopped reading email in this same release, but v1.0.0's pods still run during the rollout.
-- expect: contract-while-referenced: drop column users.email while release v1.0.0 still uses it
ALTER TABLE users DROP COLUMN email;
