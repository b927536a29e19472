-- Expand: a nullable column and a new table; old code neither sees nor needs them.
ALTER TABLE customers ADD COLUMN loyalty_tier text;

CREATE TABLE loyalty_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers (id),
    points      integer NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

UPDATE customers SET loyalty_tier = 'basic' WHERE loyalty_tier IS NULL;
