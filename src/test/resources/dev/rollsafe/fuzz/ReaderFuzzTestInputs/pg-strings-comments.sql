SELECT E'it\'s; still a string', 'a''b;c', U&'\0041';
/* outer /* nested ; */ still comment ; */ CREATE INDEX CONCURRENTLY i ON t (a);
SELECT 'unterminated
