-- config: dialect=postgresql version=15
-- expect: domain-constraint-scans-columns: domain email carries a CHECK constraint
CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');

-- expect: domain-constraint-scans-columns: domain us_postal_code carries a CHECK
CREATE DOMAIN us_postal_code AS text
    CONSTRAINT us_postal_code_format CHECK (VALUE ~ '^\d{5}$');

CREATE DOMAIN positive AS integer NOT NULL;

-- The word only in a literal or a comment.
CREATE DOMAIN label AS text DEFAULT 'check' /* no CHECK here */;

-- A domain made in this migration is used by no table with older rows.
CREATE DOMAIN quantity AS integer;
ALTER DOMAIN quantity ADD CONSTRAINT quantity_positive CHECK (VALUE > 0);
