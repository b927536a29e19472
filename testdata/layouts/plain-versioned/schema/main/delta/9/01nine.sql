CREATE TABLE nine (id INT);
