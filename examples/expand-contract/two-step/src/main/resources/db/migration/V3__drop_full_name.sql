-- contract, one release later: v1.1.0 (the release still serving during this deploy) no longer reads full_name
SET lock_timeout = '5s';
ALTER TABLE customers DROP COLUMN full_name;
