-- rollsafe:ignore migration-out-of-order -- deployed with flyway outOfOrder=true; independent of V3
ALTER TABLE users ADD COLUMN phone text;
