-- expect: migration-out-of-order: sorts before flyway:3
ALTER TABLE users ADD COLUMN fax text;
