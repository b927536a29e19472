CREATE TABLE "😀" (é int);
--   line separator
SELECT   1;　SELECT 2;