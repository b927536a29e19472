-- config: dialect=mysql version=8.0
-- PostgreSQL only: MySQL's TIMESTAMP and DATETIME follow other rules.
CREATE TABLE events (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, created_at TIMESTAMP NOT NULL, sent_at DATETIME(3));

ALTER TABLE events ADD COLUMN read_at TIMESTAMP NULL;
