-- config: dialect=postgresql
-- PostgreSQL runs DDL inside the transaction: the rule does not apply.
ALTER TABLE orders ADD COLUMN note text;

UPDATE orders SET note = '';
