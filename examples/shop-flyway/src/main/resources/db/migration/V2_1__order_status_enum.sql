CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');

-- Narrowing: the column's type changes under the running code.
ALTER TABLE orders
    ALTER COLUMN status DROP DEFAULT,
    ALTER COLUMN status TYPE order_status USING status::order_status;

ALTER TYPE order_status ADD VALUE 'cancelled';
