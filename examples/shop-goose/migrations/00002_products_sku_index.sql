-- +goose NO TRANSACTION
-- +goose Up
CREATE UNIQUE INDEX CONCURRENTLY products_sku_key ON products (sku);
ALTER TABLE products ADD COLUMN stock integer NOT NULL;

-- +goose Down
DROP INDEX CONCURRENTLY products_sku_key;
ALTER TABLE products DROP COLUMN stock;
