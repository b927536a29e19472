package dev.rollsafe.deploy;

import java.util.List;
import java.util.Map;

/**
 * One command the deployment runs: a container's command and args, a Dockerfile's ENTRYPOINT and CMD, a Procfile
 * line, a strategy hook, or an entrypoint script one of those runs.
 *
 * @param path      the file, relative to the current directory with '/'
 * @param line      where the step is declared (the container's name, the CMD instruction)
 * @param role      where it runs
 * @param place     for messages: "container web of Deployment api", "Dockerfile CMD", "Procfile web"
 * @param image     the container image as written (Helm actions kept as text), or null when unknown
 * @param imageLine the line of the image, or {@code line}
 * @param parts     the command's pieces in order, each with its line (one per line for a script)
 * @param env       the container's environment (name to value as written)
 * @param group     steps of one pod or release share it: an init container is compared with the app containers
 *                  of its group; Jobs and hooks with those of their scope
 * @param scope     the folder the step belongs to (a Helm chart's root, else the file's folder)
 * @param script    whether the parts are the lines of a shell script (joined by newlines, not spaces)
 */
public record Step(String path, int line, Role role, String place, String image, int imageLine, List<Part> parts,
                   Map<String, String> env, String group, String scope, boolean script) {
    public Step {
        parts = List.copyOf(parts);
        env = Map.copyOf(env);
    }

    /** The image as the file writes it: a Helm action set aside as «words» reads {@code {{ words }}} again. */
    public String shownImage() {
        if (image == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("«([^»]*)»").matcher(image);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement("{{ " + m.group(1).replace('_', ' ') + " }}"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The whole command as text (pieces joined by spaces, script lines by newlines). */
    public String command() {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (sb.length() > 0) {
                sb.append(script ? '\n' : ' ');
            }
            sb.append(p.text());
        }
        return sb.toString();
    }

    /** The line of the piece that holds character {@code offset} of {@link #command()}. */
    public int lineAt(int offset) {
        int pos = 0;
        for (Part p : parts) {
            int end = pos + p.text().length();
            if (offset <= end) {
                return p.line();
            }
            pos = end + 1;
        }
        return parts.isEmpty() ? line : parts.get(parts.size() - 1).line();
    }
}
