-- config: dialect=mysql version=8.0
-- expect: required-column-without-default: error 1364
ALTER TABLE accounts ADD COLUMN region CHAR(2) NOT NULL;

ALTER TABLE accounts ADD COLUMN created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Django's AddField with a Python default: the default fills the old rows and is dropped again at once.
-- expect: required-column-without-default: dropped again
ALTER TABLE accounts ADD COLUMN tier VARCHAR(10) NOT NULL DEFAULT 'basic', ALTER COLUMN tier DROP DEFAULT;

-- A default dropped from another column leaves this one's in place.
ALTER TABLE accounts ADD COLUMN plan VARCHAR(10) NOT NULL DEFAULT 'free', ALTER COLUMN region DROP DEFAULT;
