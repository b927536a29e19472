package dev.rollsafe.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a Procfile: {@code release:} runs once per release; every other process type is the application. */
final class Procfiles {

    private Procfiles() {
    }

    static boolean isProcfile(String name) {
        return name.equals("Procfile") || name.startsWith("Procfile.");
    }

    static List<Step> read(String path, String scope, String text) {
        List<Step> out = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int colon = line.indexOf(':');
            if (line.startsWith("#") || colon <= 0 || !line.substring(0, colon).matches("[A-Za-z0-9_-]+")) {
                continue;
            }
            String type = line.substring(0, colon);
            Role role = type.equals("release") ? Role.RELEASE : Role.APP;
            out.add(new Step(path, i + 1, role, "the Procfile's " + type + ": process", null, i + 1,
                    List.of(new Part(line.substring(colon + 1).strip(), i + 1)), Map.of(), path + "#" + type, scope,
                    false));
        }
        return out;
    }
}
