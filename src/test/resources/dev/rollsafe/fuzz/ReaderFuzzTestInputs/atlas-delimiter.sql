-- atlas:txmode none
-- atlas:delimiter \n\n
CREATE INDEX CONCURRENTLY a ON t (x)

CREATE INDEX CONCURRENTLY b ON t (y)


