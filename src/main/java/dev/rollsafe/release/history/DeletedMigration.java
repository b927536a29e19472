package dev.rollsafe.release.history;

/**
 * A deploy migration that some release shipped and the working tree no longer has.
 *
 * @param migration the migration as the last release that held it had it (its old path and text)
 * @param lastTag   the newest release (before the one being deployed) that contained it
 */
public record DeletedMigration(ShippedMigration migration, String lastTag) {
}
