INSERT INTO ${schema}.t VALUES ({{ .Value }}, $%AUTO_INCREMENT_PRIMARY_KEY%$);
CREATE TABLE {{ if .X }}a{{ else }}b{{ end }} (id int);
SELECT ${unclosed
, {{ multi
line }} ;
