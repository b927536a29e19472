-- config: dialect=postgresql version=15
-- PostgreSQL keeps 63 bytes of a name and drops the rest with only a NOTICE.
-- setup: CREATE TABLE customers (id bigint PRIMARY KEY);
-- setup: CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, first_order date, created_at timestamptz);

-- expect: identifier-too-long: table name customer_loyalty_program_membership_tier_upgrade_history_entries is 64 bytes
CREATE TABLE customer_loyalty_program_membership_tier_upgrade_history_entries (id bigint PRIMARY KEY);

-- expect: identifier-too-long: index name orders_customer_id_created_at_status_total_amount_currency_idx_v2 is 65 bytes long; PostgreSQL silently truncates it to orders_customer_id_created_at_status_total_amount_currency_idx_,
CREATE INDEX orders_customer_id_created_at_status_total_amount_currency_idx_v2 ON orders (customer_id);

-- Bytes, not characters: 33 two-byte letters are 66 bytes.
-- expect: identifier-too-long: column name
ALTER TABLE orders ADD COLUMN "ééééééééééééééééééééééééééééééééé" text;

-- expect: identifier-too-long: constraint name
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey_to_customers_table_for_loyalty_program_x FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;

-- expect: identifier-too-long: column name the_date_on_which_the_customer_first_placed_an_order_with_the_shop
ALTER TABLE orders RENAME COLUMN first_order TO the_date_on_which_the_customer_first_placed_an_order_with_the_shop;

-- Exactly 63 bytes is kept whole.
CREATE TABLE loyalty_program_membership_tier_upgrade_history_entries_archive (id bigint PRIMARY KEY);

CREATE INDEX short_name_idx ON orders (created_at);
