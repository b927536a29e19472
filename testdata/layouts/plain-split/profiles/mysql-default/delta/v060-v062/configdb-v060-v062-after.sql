ALTER TABLE `config` DROP b;
