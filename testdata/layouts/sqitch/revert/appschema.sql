DROP TABLE appschema;
