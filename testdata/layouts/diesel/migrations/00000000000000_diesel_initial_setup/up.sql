CREATE TABLE setup (id INT);
