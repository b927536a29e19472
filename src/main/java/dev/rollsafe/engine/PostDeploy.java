package dev.rollsafe.engine;

import dev.rollsafe.source.Config;
import dev.rollsafe.source.MigrationFile;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Post-deploy migrations run only after the rollout has finished: a folder named in rollsafe.yaml's
 * {@code postDeploy:} (relative to the config's folder, or to the working directory without a config), or a
 * {@code -- rollsafe:post-deploy} comment in the file.
 */
final class PostDeploy {
    private static final Pattern MARKER = Pattern.compile("(?m)^\\s*(--|#)\\s*rollsafe:post-deploy\\b");

    private PostDeploy() {
    }

    static boolean is(MigrationFile file, Config config, Path cwd) {
        if (file.text() != null && MARKER.matcher(file.text()).find()) {
            return true;
        }
        Object folders = config.extra().get("postDeploy");
        if (folders == null) {
            return false;
        }
        Path base = config.file() != null && config.file().getParent() != null ? config.file().getParent() : cwd;
        Path abs = file.path().toAbsolutePath().normalize();
        for (Object f : folders instanceof List<?> l ? l : List.of(folders)) {
            if (f != null && abs.startsWith(base.resolve(f.toString()).toAbsolutePath().normalize())) {
                return true;
            }
        }
        return false;
    }
}
