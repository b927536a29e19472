CREATE FUNCTION f() RETURNS int AS $body$ SELECT $$;$$; $x$ nested $x$ $body$ LANGUAGE sql;
DO $$ BEGIN EXECUTE $q$ALTER TABLE t ADD COLUMN c int$q$; END $$;
SELECT $unterminated$ never closed;
