CREATE VIEW person_v AS SELECT id FROM person;
