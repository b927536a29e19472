-- v1.2.0, the tag at HEAD, is the deploy: v1.1.0 serves during it and no longer uses email.
ALTER TABLE users DROP COLUMN email;
