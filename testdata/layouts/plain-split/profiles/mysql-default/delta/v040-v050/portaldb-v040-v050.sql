ALTER TABLE `portal` ADD a INT;
