-- expand: the new column, filled from the old one; old code neither sees nor needs it
SET lock_timeout = '5s';
ALTER TABLE customers ADD COLUMN display_name text;
UPDATE customers SET display_name = full_name WHERE display_name IS NULL;
