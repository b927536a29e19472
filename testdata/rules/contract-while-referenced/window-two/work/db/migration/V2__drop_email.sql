-- With two releases in the window, v1.1.0 still serves traffic during this deploy.
-- expect: contract-while-referenced: release v1.1.0
ALTER TABLE users DROP COLUMN email;
