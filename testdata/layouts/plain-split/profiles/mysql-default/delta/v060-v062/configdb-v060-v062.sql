ALTER TABLE `config` ADD b INT;
