CREATE TABLE "User" (id INT);
