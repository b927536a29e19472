CREATE TABLE `portal` (id INT) ENGINE=InnoDB;
