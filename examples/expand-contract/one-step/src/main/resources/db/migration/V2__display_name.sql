-- expand and contract in the same release: v1.0.0's pods still select full_name during the rollout
SET lock_timeout = '5s';
ALTER TABLE customers ADD COLUMN display_name text;
UPDATE customers SET display_name = full_name WHERE display_name IS NULL;
ALTER TABLE customers DROP COLUMN full_name;
