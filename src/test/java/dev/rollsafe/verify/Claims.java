package dev.rollsafe.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine-readable claims of a rule doc: lines {@code Claim: <server>[>=<major.minor>] [flagged|not-flagged]
 * key=value ...}, where a value may list alternatives with {@code |}.
 */
record Claims(List<Claim> claims) {

    private static final Pattern LINE = Pattern.compile(
            "^Claim:\\s+(\\w+)(?:>=(\\d+)\\.(\\d+))?((?:\\s+(?:flagged|not-flagged))?)((?:\\s+[\\w-]+>?=[\\w|-]+)+)\\s*$");

    record Claim(String server, int major, int minor, String scope, Map<String, List<String>> values) {
        boolean appliesTo(String serverName, int[] version, boolean flagged) {
            return server.equals(serverName)
                    && (version[0] > major || (version[0] == major && version[1] >= minor))
                    && (scope.isEmpty() || scope.equals(flagged ? "flagged" : "not-flagged"));
        }
    }

    static Claims read(Path doc) throws IOException {
        List<Claim> out = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(doc)) {
            Matcher m = LINE.matcher(line.strip());
            if (line.startsWith("Claim:") && !m.matches()) {
                throw new AssertionError(doc + ": unreadable claim line: " + line);
            }
            if (m.matches()) {
                Map<String, List<String>> values = new LinkedHashMap<>();
                for (String kv : m.group(5).strip().split("\\s+")) {
                    int eq = kv.indexOf('=');
                    values.put(kv.substring(0, eq), List.of(kv.substring(eq + 1).split("\\|")));
                }
                out.add(new Claim(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), m.group(4).strip(), values));
            }
        }
        return new Claims(out);
    }

    Optional<Claim> find(String server, int[] version, boolean flagged) {
        return claims.stream().filter(c -> c.appliesTo(server, version, flagged)).findFirst();
    }
}
