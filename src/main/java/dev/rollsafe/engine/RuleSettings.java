package dev.rollsafe.engine;

import dev.rollsafe.rules.Level;
import dev.rollsafe.rules.Rule;
import dev.rollsafe.source.Config;
import dev.rollsafe.source.ConfigException;
import dev.rollsafe.source.ConfigLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rule settings of a {@code rollsafe.yaml}: {@code rules: {disable: [ids], enable: [ids], levels: {id: level}}}
 * and {@code failLevel: level}. Anything it cannot use becomes a one-line message naming the file, and is ignored.
 *
 * @param disabled  the ids of rules that do not run
 * @param levels    a level per rule id that replaces the rule's default
 * @param failLevel the configured fail level, or null
 * @param messages  what was wrong with the settings, one line each
 */
public record RuleSettings(Set<String> disabled, Map<String, Level> levels, Level failLevel, List<String> messages) {
    public RuleSettings {
        disabled = Set.copyOf(disabled);
        levels = Map.copyOf(levels);
        messages = List.copyOf(messages);
    }

    /** No settings: every rule on at its default level. */
    public static RuleSettings none() {
        return new RuleSettings(Set.of(), Map.of(), null, List.of());
    }

    /** Reads the settings of {@code config}, checking rule ids against {@code known}. */
    public static RuleSettings read(Config config, Collection<String> known) {
        String file = config.file() == null ? "rollsafe.yaml" : config.file().toString();
        List<String> messages = new ArrayList<>();
        Set<String> disabled = new HashSet<>();
        Map<String, Level> levels = new HashMap<>();
        Object rules = config.extra().get("rules");
        if (rules instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                switch (key) {
                    case "disable" -> disabled.addAll(ids(file, "rules.disable", e.getValue(), known, messages));
                    case "enable" -> ids(file, "rules.enable", e.getValue(), known, messages);
                    case "levels" -> levels(file, e.getValue(), known, levels, messages);
                    default -> messages.add(file + ": unknown key 'rules." + key
                            + "' (known: disable, enable, levels); ignored");
                }
            }
            List<String> enabled = ids(file, "rules.enable", map.get("enable"), known, new ArrayList<>());
            for (String id : enabled) {
                if (disabled.remove(id)) {
                    messages.add(file + ": rule '" + id + "' is both disabled and enabled; it stays enabled");
                }
            }
        } else if (rules != null) {
            messages.add(file + ": 'rules' must be a map with disable, enable and levels; ignored");
        }
        Level failLevel = null;
        Object fail = config.extra().get("failLevel");
        if (fail != null) {
            failLevel = Level.parse(fail.toString()).orElse(null);
            if (failLevel == null) {
                messages.add(file + ": failLevel must be error, warning or note, not '" + fail + "'; ignored");
            }
        }
        return new RuleSettings(disabled, levels, failLevel, messages);
    }

    /**
     * The fail level {@code rollsafe.yaml} sets, for a shell that has no level of its own; empty when there is
     * none or the file cannot be read (the engine says why when it checks).
     */
    public static Optional<Level> configuredFailLevel(Path workingDirectory, Path configFile) {
        Path cwd = workingDirectory.toAbsolutePath().normalize();
        try {
            Config config = configFile != null ? ConfigLoader.load(cwd.resolve(configFile))
                    : ConfigLoader.loadDefault(cwd);
            Object fail = config.extra().get("failLevel");
            return fail == null ? Optional.empty() : Level.parse(fail.toString());
        } catch (ConfigException e) {
            return Optional.empty();
        }
    }

    public boolean enabled(String ruleId) {
        return !disabled.contains(ruleId);
    }

    /** The rule's level after configuration. */
    public Level level(Rule rule) {
        return levels.getOrDefault(rule.info().id(), rule.info().level());
    }

    private static List<String> ids(String file, String key, Object value, Collection<String> known,
                                    List<String> messages) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        List<?> list = value instanceof List<?> l ? l : List.of(value);
        for (Object o : list) {
            String id = String.valueOf(o).strip();
            if (known.contains(id)) {
                out.add(id);
            } else {
                messages.add(file + ": " + key + " names unknown rule '" + id + "' (see 'rollsafe rules'); ignored");
            }
        }
        return out;
    }

    private static void levels(String file, Object value, Collection<String> known, Map<String, Level> levels,
                               List<String> messages) {
        if (!(value instanceof Map<?, ?> map)) {
            messages.add(file + ": 'rules.levels' must map rule ids to error, warning or note; ignored");
            return;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String id = String.valueOf(e.getKey()).strip();
            Optional<Level> level = Level.parse(String.valueOf(e.getValue()));
            if (!known.contains(id)) {
                messages.add(file + ": rules.levels names unknown rule '" + id + "' (see 'rollsafe rules'); ignored");
            } else if (level.isEmpty()) {
                messages.add(file + ": rules.levels." + id + " must be error, warning or note, not '"
                        + e.getValue() + "'; ignored");
            } else {
                levels.put(id, level.get());
            }
        }
    }
}
