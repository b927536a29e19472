CREATE TABLE base (id INT);
