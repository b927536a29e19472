-- A readable file: no finding.
SELECT 1;
