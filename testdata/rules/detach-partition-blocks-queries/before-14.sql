-- config: dialect=postgresql version=13
-- setup: CREATE TABLE measurements (id bigint, taken date) PARTITION BY RANGE (taken);

-- Before 14 there is no concurrent detach: the help says to detach at a quiet time with a short lock_timeout.
-- expect: detach-partition-blocks-queries: measurements_2019
ALTER TABLE measurements DETACH PARTITION measurements_2019;
