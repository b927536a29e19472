package dev.rollsafe.source;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads {@code rollsafe.yaml}. Jackson YAML is only touched when a file is really read, because loading it
 * costs a noticeable part of a pre-commit hook's start-up.
 */
public final class ConfigLoader {
    /** The config file name looked for at the repository root. */
    public static final String FILE_NAME = "rollsafe.yaml";

    private ConfigLoader() {
    }

    /** The first folder at or above {@code cwd} that holds {@code .git}; else {@code cwd} itself. */
    public static Path repositoryRoot(Path cwd) {
        Path start = cwd.toAbsolutePath().normalize();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return p;
            }
        }
        return start;
    }

    /** {@code rollsafe.yaml} at the repository root above {@code cwd}, when there is one. */
    public static Optional<Path> find(Path cwd) {
        Path file = repositoryRoot(cwd).resolve(FILE_NAME);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The config at the repository root, or the empty config when there is none. */
    public static Config loadDefault(Path cwd) throws ConfigException {
        Optional<Path> file = find(cwd);
        return file.isPresent() ? load(file.get()) : Config.empty();
    }

    /** Reads one config file. */
    public static Config load(Path file) throws ConfigException {
        String name = file.toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(name + ": not valid UTF-8");
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot read: " + Texts.reason(e));
        }
        return parse(file, text);
    }

    /** Parses config text; {@code file} names the file in messages and anchors relative folders. */
    public static Config parse(Path file, String text) throws ConfigException {
        // Jackson YAML is loaded by this call only, never by finding the file
        return ConfigParser.parse(file, text);
    }
}
