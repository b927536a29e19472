ALTER TABLE `config` ADD c INT;
