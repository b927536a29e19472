package dev.rollsafe.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.rollsafe.model.Dialect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Jackson YAML part of {@link ConfigLoader}, kept apart so that finding no config never loads Jackson. */
final class ConfigParser {
    private ConfigParser() {
    }

    /** Parses config text; {@code file} names the file in messages and anchors relative folders. */
    static Config parse(Path file, String text) throws ConfigException {
        String name = file.toString();
        JsonNode root;
        try {
            YAMLMapper mapper = new YAMLMapper();
            mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at != null && at.getLineNr() > 0 ? ":" + at.getLineNr() : "";
            throw new ConfigException(name + where + ": not valid YAML: " + Texts.firstLine(e.getOriginalMessage()));
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return new Config(file, List.of(), null, null, null, Map.of());
        }
        if (!root.isObject()) {
            throw new ConfigException(name + ":1: expected a map of settings at the top level");
        }
        Lines lines = new Lines(name, text);
        Path base = file.toAbsolutePath().getParent();
        List<MigrationFolder> folders = List.of();
        Layout layout = null;
        Dialect dialect = null;
        String dbVersion = null;
        Map<String, Object> extra = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            switch (key) {
                case "migrations":
                    folders = folders(base, value, lines);
                    break;
                case "layout":
                    layout = layout(scalar(value, key, lines), lines.at(key));
                    break;
                case "dialect":
                    dialect = dialect(scalar(value, key, lines), lines.at(key));
                    break;
                case "dbVersion":
                case "db-version":
                    dbVersion = scalar(value, key, lines);
                    break;
                default:
                    extra.put(key, new YAMLMapper().convertValue(value, Object.class));
            }
        }
        return new Config(file, folders, layout, dialect, dbVersion, extra);
    }

    private static List<MigrationFolder> folders(Path base, JsonNode value, Lines lines) throws ConfigException {
        if (value.isNull()) {
            return List.of();
        }
        if (value.isTextual()) {
            return List.of(new MigrationFolder(base.resolve(value.asText()).normalize(), null, null));
        }
        if (!value.isArray()) {
            throw new ConfigException(lines.at("migrations") + ": 'migrations' must be a list of folders");
        }
        List<MigrationFolder> out = new ArrayList<>();
        for (JsonNode item : value) {
            if (item.isTextual()) {
                out.add(new MigrationFolder(base.resolve(item.asText()).normalize(), null, null));
            } else if (item.isObject()) {
                JsonNode path = item.get("path");
                String where = path != null && path.isTextual()
                        ? lines.atValue(path.asText()) : lines.at("migrations");
                if (path == null || !path.isTextual() || path.asText().isBlank()) {
                    throw new ConfigException(where + ": a 'migrations' entry needs a 'path'");
                }
                Iterator<String> names = item.fieldNames();
                while (names.hasNext()) {
                    String n = names.next();
                    if (!n.equals("path") && !n.equals("layout") && !n.equals("dialect")) {
                        throw new ConfigException(lines.at(n) + ": unknown key '" + n
                                + "' in a 'migrations' entry (expected path, layout, dialect)");
                    }
                }
                Layout layout = item.hasNonNull("layout") ? layout(item.get("layout").asText(), where) : null;
                Dialect dialect = item.hasNonNull("dialect") ? dialect(item.get("dialect").asText(), where) : null;
                out.add(new MigrationFolder(base.resolve(path.asText()).normalize(), layout, dialect));
            } else {
                throw new ConfigException(lines.at("migrations")
                        + ": each 'migrations' entry must be a folder or a map with 'path'");
            }
        }
        return out;
    }

    private static String scalar(JsonNode value, String key, Lines lines) throws ConfigException {
        if (value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new ConfigException(lines.at(key) + ": '" + key + "' must be a single value");
        }
        return value.asText();
    }

    private static Layout layout(String text, String where) throws ConfigException {
        if (text == null) {
            return null;
        }
        return Layout.parse(text).orElseThrow(() -> new ConfigException(where + ": unknown layout '" + text
                + "' (expected one of flyway, liquibase, golang-migrate, goose, dbmate, diesel, prisma, sqitch,"
                + " atlas, popx, plain)"));
    }

    private static Dialect dialect(String text, String where) throws ConfigException {
        if (text == null) {
            return null;
        }
        return Dialect.parse(text).orElseThrow(() -> new ConfigException(where + ": unknown dialect '" + text
                + "' (expected postgresql, mysql or mariadb)"));
    }

    /** Finds the line a key or value sits on, for messages about values that parsed but make no sense. */
    private static final class Lines {
        private final String name;
        private final String[] lines;

        Lines(String name, String text) {
            this.name = name;
            this.lines = text.split("\r\n|\r|\n", -1);
        }

        String at(String key) {
            for (int i = 0; i < lines.length; i++) {
                String t = lines[i].stripLeading();
                if (t.startsWith("- ")) {
                    t = t.substring(2).stripLeading();
                }
                if (t.startsWith(key + ":") || t.startsWith("\"" + key + "\":") || t.startsWith("'" + key + "':")) {
                    return name + ":" + (i + 1);
                }
            }
            return name;
        }

        String atValue(String value) {
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains(value)) {
                    return name + ":" + (i + 1);
                }
            }
            return name;
        }
    }
}
