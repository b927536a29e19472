-- rollsafe:ignore contract-while-referenced -- v1.0.0 reads email only in a job that is switched off during the rollout
ALTER TABLE users DROP COLUMN email;
