-- V2 was deleted by v1.1.0, which already shipped: not this deploy's doing, nothing to report
ALTER TABLE users ADD COLUMN phone text;
