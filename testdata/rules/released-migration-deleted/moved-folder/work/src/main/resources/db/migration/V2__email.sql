-- moving the folder is not a deletion: nothing to report
ALTER TABLE users ADD COLUMN email text;
