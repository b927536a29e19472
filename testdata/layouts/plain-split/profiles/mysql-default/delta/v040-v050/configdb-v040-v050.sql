ALTER TABLE `config` ADD a INT;
