DROP TABLE setup;
