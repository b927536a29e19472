-- expect: contract-while-referenced: release v1.0.0
ALTER TABLE users DROP COLUMN email;
