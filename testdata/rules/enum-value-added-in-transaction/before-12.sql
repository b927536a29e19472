--liquibase formatted sql
-- config: dialect=postgresql version=11
-- setup: CREATE TYPE order_status AS ENUM ('new', 'paid');

--changeset dev:1
-- expect: enum-value-added-in-transaction: before PostgreSQL 12
ALTER TYPE order_status ADD VALUE 'shipped';

--changeset dev:2 runInTransaction:false
ALTER TYPE order_status ADD VALUE 'refunded';
