-- v2.0.0-rc.1 comes before v2.0.0: the window (1) holds v2.0.0, which no longer uses email.
ALTER TABLE users DROP COLUMN email;
