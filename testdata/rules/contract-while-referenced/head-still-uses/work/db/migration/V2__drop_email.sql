-- expect: contract-while-referenced: the code being checked (HEAD)
ALTER TABLE users DROP COLUMN email;
