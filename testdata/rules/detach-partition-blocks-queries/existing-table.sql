-- config: dialect=postgresql version=15
-- setup: CREATE TABLE measurements (id bigint, taken date) PARTITION BY RANGE (taken);
-- setup: CREATE TABLE measurements_2020 PARTITION OF measurements FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
-- setup: CREATE TABLE measurements_2021 PARTITION OF measurements FOR VALUES FROM ('2021-01-01') TO ('2022-01-01');

-- expect: detach-partition-blocks-queries: partition measurements_2020 from measurements
ALTER TABLE measurements DETACH PARTITION measurements_2020;

-- CONCURRENTLY (PostgreSQL 14+) waits for queries instead of blocking them; this plain file runs outside a
-- transaction.
ALTER TABLE measurements DETACH PARTITION measurements_2021 CONCURRENTLY;

-- FINALIZE completes an interrupted concurrent detach.
ALTER TABLE measurements DETACH PARTITION measurements_2021 FINALIZE;

-- A partitioned table created in this migration has no traffic yet.
CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);

CREATE TABLE events_2020 PARTITION OF events FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');

ALTER TABLE events DETACH PARTITION events_2020;
