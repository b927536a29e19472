CREATE TABLE `config` (id INT) ENGINE=InnoDB;
