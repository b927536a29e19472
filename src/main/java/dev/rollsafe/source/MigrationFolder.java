package dev.rollsafe.source;

import dev.rollsafe.model.Dialect;
import java.nio.file.Path;

/**
 * One entry of the config's {@code migrations:} list.
 *
 * @param path    the folder (or file), already resolved against the config's folder
 * @param layout  the layout to use there, or null to detect it
 * @param dialect the dialect of that folder, or null
 */
public record MigrationFolder(Path path, Layout layout, Dialect dialect) {
}
