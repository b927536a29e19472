-- config: dialect=postgresql
-- A Latin-1 byte on the next line makes the file unreadable as UTF-8; the finding points at it.
-- expect: unreadable-file: not valid UTF-8
SELECT 1; -- café
