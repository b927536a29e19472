-- config: dialect=postgresql version=15
-- setup: CREATE TABLE accounts (id bigint PRIMARY KEY, region text);

-- expect: char-column: countries.code is char(2)
-- expect: char-column: countries.iso3 is character(3)
-- expect: char-column: countries.flag is char (without a length it is char(1))
-- expect: char-column: countries.currency is bpchar(3)
-- expect: char-column: countries.padded is bpchar (without a length it pads nothing)
-- expect: char-column: countries.legacy is nchar(4)
CREATE TABLE countries (
    code     char(2) PRIMARY KEY,
    iso3     character(3) NOT NULL,
    flag     char,
    currency bpchar(3),
    padded   bpchar,
    legacy   nchar(4),
    kind     "char",
    name     varchar(100),
    label    character varying(10),
    note     text
);

-- expect: char-column: accounts.tier is char(1)
ALTER TABLE accounts ADD COLUMN tier char(1);

-- expect: char-column: accounts.region is character(8)
ALTER TABLE accounts ALTER COLUMN region TYPE character(8);

-- PostgreSQL's internal single-byte type, written with quotes, is another type.
ALTER TABLE accounts ADD COLUMN status "char";

ALTER TABLE accounts ADD COLUMN state text;
