/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*M!100101 SET STATEMENT max_statement_time=1 FOR SELECT 1 */;
# hash comment ; still comment
--no-space-is-not-a-comment-in-mysql;
SELECT `weird;name`, "dq\"uote;" FROM `t``x`;
/*!50001 CREATE ALGORITHM=UNDEFINED VIEW v AS SELECT 1
