package dev.rollsafe.deploy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a Dockerfile's final stage: its ENTRYPOINT and CMD (exec and shell forms, continuation lines), its ENV and
 * what it COPYs (so that an entrypoint script can be found in the build context).
 */
final class Dockerfiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The start-up command of the image, and where COPY put files (destination name to source path). */
    record Image(Step start, Map<String, String> copies) {
    }

    private Dockerfiles() {
    }

    static boolean isDockerfile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("dockerfile") || n.equals("containerfile") || n.startsWith("dockerfile.")
                || n.endsWith(".dockerfile") || n.endsWith(".containerfile");
    }

    /** The image's start-up step, or a step without parts when the Dockerfile sets no ENTRYPOINT/CMD. */
    static Image read(String path, String scope, String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        List<Part> entrypoint = List.of();
        List<Part> cmd = List.of();
        int entryLine = 0;
        int cmdLine = 0;
        Map<String, String> env = new LinkedHashMap<>();
        Map<String, String> copies = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.length) {
            int start = i;
            List<Part> physical = new ArrayList<>();
            String line = lines[i];
            while (true) {
                String t = line.stripTrailing();
                boolean more = t.endsWith("\\") && i + 1 < lines.length;
                if (!t.strip().startsWith("#") || physical.isEmpty()) {
                    physical.add(new Part(more ? t.substring(0, t.length() - 1) : t, i + 1));
                }
                i++;
                if (!more) {
                    break;
                }
                line = lines[i];
            }
            String first = physical.get(0).text().strip();
            if (first.isEmpty() || first.startsWith("#")) {
                continue;
            }
            int sp = first.indexOf(' ');
            String keyword = (sp < 0 ? first : first.substring(0, sp)).toUpperCase(Locale.ROOT);
            List<Part> rest = new ArrayList<>(physical);
            rest.set(0, new Part(sp < 0 ? "" : first.substring(sp + 1), physical.get(0).line()));
            switch (keyword) {
                case "FROM" -> {
                    entrypoint = List.of();
                    cmd = List.of();
                    env.clear();
                    copies.clear();
                }
                case "ENTRYPOINT" -> {
                    entrypoint = command(rest);
                    entryLine = start + 1;
                }
                case "CMD" -> {
                    cmd = command(rest);
                    cmdLine = start + 1;
                }
                case "ENV" -> env(join(rest), env);
                case "COPY", "ADD" -> copy(join(rest), copies);
                default -> {
                }
            }
        }
        List<Part> parts = new ArrayList<>(entrypoint);
        parts.addAll(cmd);
        int at = cmdLine > 0 ? cmdLine : entryLine > 0 ? entryLine : 1;
        String place = entryLine > 0 && cmdLine > 0 ? "the Dockerfile's ENTRYPOINT and CMD"
                : entryLine > 0 ? "the Dockerfile's ENTRYPOINT" : "the Dockerfile's CMD";
        return new Image(new Step(path, at, Role.APP, place, null, at, parts, env, path, scope, false), copies);
    }

    private static String join(List<Part> parts) {
        StringBuilder sb = new StringBuilder();
        parts.forEach(p -> sb.append(p.text()).append(' '));
        return sb.toString().strip();
    }

    /** Exec form ({@code ["a", "b"]}) as one part per word at its line; shell form as one part per line. */
    private static List<Part> command(List<Part> rest) {
        String text = join(rest);
        if (text.startsWith("[")) {
            try {
                List<String> words = JSON.readValue(text, new TypeReference<List<String>>() { });
                List<Part> out = new ArrayList<>();
                for (String w : words) {
                    int line = rest.get(0).line();
                    for (Part p : rest) {
                        if (p.text().contains(w)) {
                            line = p.line();
                            break;
                        }
                    }
                    out.add(new Part(w.contains(" ") ? "\"" + w + "\"" : w, line));
                }
                return out;
            } catch (java.io.IOException | RuntimeException e) {
                // not valid JSON: Docker runs it in a shell, as written
            }
        }
        return rest.stream().filter(p -> !p.text().isBlank()).toList();
    }

    private static void env(String text, Map<String, String> env) {
        if (!text.contains("=")) {
            int sp = text.indexOf(' ');
            if (sp > 0) {
                env.put(text.substring(0, sp), unquote(text.substring(sp + 1).strip()));
            }
            return;
        }
        for (String pair : text.split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                env.put(pair.substring(0, eq), unquote(pair.substring(eq + 1)));
            }
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))
                ? s.substring(1, s.length() - 1) : s;
    }

    /** COPY/ADD sources by the name they get in the image (the destination's file name, or the source's). */
    private static void copy(String text, Map<String, String> copies) {
        List<String> words = new ArrayList<>();
        if (text.startsWith("[")) {
            try {
                words.addAll(JSON.readValue(text, new TypeReference<List<String>>() { }));
            } catch (java.io.IOException | RuntimeException e) {
                return;
            }
        } else {
            for (String w : text.split("\\s+")) {
                if (!w.startsWith("--")) {
                    words.add(w);
                }
            }
        }
        if (words.size() < 2) {
            return;
        }
        String dest = words.get(words.size() - 1);
        for (String src : words.subList(0, words.size() - 1)) {
            String name = dest.endsWith("/") || words.size() > 2 || dest.equals(".") ? baseName(src) : baseName(dest);
            copies.put(name, src);
        }
    }

    static String baseName(String p) {
        String s = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        int slash = s.lastIndexOf('/');
        return slash < 0 ? s : s.substring(slash + 1);
    }
}
