package dev.rollsafe.source;

import dev.rollsafe.model.Dialect;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of a {@code rollsafe.yaml}.
 *
 * @param file       the file read, or null for the empty config
 * @param migrations the configured migration folders; empty means "find them"
 * @param layout     the layout for every folder, or null to detect it
 * @param dialect    the dialect for every folder, or null to detect it
 * @param dbVersion  the target server version, or null
 * @param extra      every other top-level key, as Jackson read it (maps, lists, strings, numbers)
 */
public record Config(Path file, List<MigrationFolder> migrations, Layout layout, Dialect dialect,
                     String dbVersion, Map<String, Object> extra) {
    public Config {
        migrations = List.copyOf(migrations);
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** The settings used when there is no rollsafe.yaml. */
    public static Config empty() {
        return new Config(null, List.of(), null, null, null, Map.of());
    }
}
