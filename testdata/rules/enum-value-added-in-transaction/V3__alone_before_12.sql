-- config: dialect=postgresql version=11
-- setup: CREATE TYPE order_status AS ENUM ('new', 'paid');
-- Before PostgreSQL 12 Flyway counts ADD VALUE as non-transactional: a migration holding only such statements
-- runs outside a transaction.
ALTER TYPE order_status ADD VALUE 'shipped';

ALTER TYPE order_status ADD VALUE 'refunded';
