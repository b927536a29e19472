-- config: dialect=mysql version=8.0
-- Only DDL (and session settings): nothing to flag.
SET SESSION lock_wait_timeout = 5;

ALTER TABLE orders ADD COLUMN note VARCHAR(50) NULL;

CREATE INDEX orders_note_idx ON orders (note);

CALL refresh_stats();

SELECT COUNT(*) FROM orders;
