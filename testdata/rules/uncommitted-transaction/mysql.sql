-- config: dialect=mysql version=8.0
-- DDL commits implicitly in MySQL: the ALTER ends the first transaction.
BEGIN;
INSERT INTO settings (name, value) VALUES ('mode', 'new');
ALTER TABLE orders ADD COLUMN note text;

-- The rows are never committed: closing the connection throws them away.
-- expect: uncommitted-transaction: never committed
START TRANSACTION;
UPDATE orders SET note = '' WHERE note IS NULL;
INSERT INTO settings (name, value) VALUES ('note', 'filled');
