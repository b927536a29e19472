CREATE INDEX CONCURRENTLY users_idx ON users (id);
