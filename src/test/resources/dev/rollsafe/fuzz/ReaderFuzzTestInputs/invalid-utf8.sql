CREATE TABLE t (a int);
ÿþ not utf-8
