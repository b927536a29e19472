-- config: dialect=mariadb version=10.11
-- given: CREATE TABLE orders (id INT NOT NULL PRIMARY KEY, customer_id INT) ENGINE=InnoDB

-- MySQL and MariaDB refuse a name over 64 characters: the migration fails.
-- expect: identifier-too-long: column name number_of_loyalty_points_the_customer_earned_before_the_migration_x is 67 characters
ALTER TABLE orders ADD COLUMN number_of_loyalty_points_the_customer_earned_before_the_migration_x INT NULL;

-- expect: identifier-too-long: table name customer_loyalty_program_membership_tier_upgrade_history_entries_x
CREATE TABLE customer_loyalty_program_membership_tier_upgrade_history_entries_x (id INT PRIMARY KEY);

-- expect: identifier-too-long: index name
CREATE INDEX orders_customer_id_created_at_status_total_amount_currency_idx_v2x ON orders (customer_id);

-- Characters, not bytes: 61 two-byte letters are accepted.
CREATE TABLE `ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé` (id INT PRIMARY KEY);

-- Exactly 64 characters.
CREATE TABLE customer_loyalty_program_membership_tier_upgrade_history_entries (id INT PRIMARY KEY);
