-- +goose Up
CREATE TABLE products (
    id    SERIAL PRIMARY KEY,
    sku   TEXT NOT NULL,
    price NUMERIC(10, 2) NOT NULL
);

-- +goose StatementBegin
CREATE FUNCTION touch_products() RETURNS trigger AS $$
BEGIN
    NEW.sku := upper(NEW.sku);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION touch_products();
DROP TABLE products;
