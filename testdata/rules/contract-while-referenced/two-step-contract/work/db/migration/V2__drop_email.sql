-- v1.1.0 stopped using email; v1.0.0 is out of the deploy window (1): the contract is safe.
ALTER TABLE users DROP COLUMN email;
