package dev.rollsafe.engine;

import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Fix;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the findings' fixes, one pass per file: a fix's edits go in all together or not at all, an edit
 * identical to one already taken is shared (two index fixes both adding goose's NO TRANSACTION line), and a
 * fix that overlaps one already taken is skipped with a note (run {@code --fix} again for it).
 */
public final class Fixer {

    /** One file's repair: its text before and after, and the notes for the user. */
    public record FileFix(String path, Path file, String before, String after, List<String> notes) {
        public FileFix {
            notes = List.copyOf(notes);
        }

        public boolean changed() {
            return !before.equals(after);
        }
    }

    /** A text with the fixes applied, and the notes on what was not. */
    public record Applied(String text, List<String> notes) {
        public Applied {
            notes = List.copyOf(notes);
        }
    }

    private Fixer() {
    }

    /** The fixes of {@code findings}, grouped by file (paths relative to {@code cwd}); files it cannot read get a note. */
    public static List<FileFix> plan(Path cwd, List<Finding> findings) {
        Map<String, List<Finding>> byPath = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.fix() != null) {
                byPath.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f);
            }
        }
        List<FileFix> out = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> e : byPath.entrySet()) {
            Path file = cwd.resolve(e.getKey()).normalize();
            String raw;
            try {
                raw = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            } catch (IOException ex) {
                out.add(new FileFix(e.getKey(), file, "", "", List.of(e.getKey() + ": cannot read, not fixed")));
                continue;
            }
            String bom = raw.startsWith("\uFEFF") ? "\uFEFF" : ""; // offsets count from after the mark
            Applied applied = apply(raw.substring(bom.length()), e.getValue());
            out.add(new FileFix(e.getKey(), file, raw, bom + applied.text(), applied.notes()));
        }
        return out;
    }

    /** Applies the fixes of {@code findings} (all of one file) to {@code text}. */
    public static Applied apply(String text, List<Finding> findings) {
        List<Fix.Edit> taken = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Finding f : findings) {
            Fix fix = f.fix();
            if (fix == null) {
                continue;
            }
            String where = f.path() + ":" + f.line() + ": " + f.ruleId() + ": ";
            if (fix.edits().isEmpty()) {
                if (fix.note() != null) {
                    notes.add(where + "not fixed: " + fix.note());
                }
                continue;
            }
            List<Fix.Edit> fresh = fix.edits().stream().filter(x -> !taken.contains(x)).toList();
            boolean clash = fresh.stream().anyMatch(x -> x.end() > text.length()
                    || taken.stream().anyMatch(t -> t.overlaps(x)));
            if (clash) {
                notes.add(where + "not fixed: its edit overlaps another fix's; run --fix again");
                continue;
            }
            taken.addAll(fresh);
            if (fix.note() != null) {
                notes.add(where + "fixed; " + fix.note());
            }
        }
        // stable sort: an insert goes before a replacement starting at its offset, and inserts at the same
        // offset keep the order their findings came in
        List<Fix.Edit> sorted = new ArrayList<>(taken);
        sorted.sort(Comparator.comparingInt(Fix.Edit::start).thenComparingInt(Fix.Edit::end));
        StringBuilder sb = new StringBuilder(text.length() + 64);
        int at = 0;
        for (Fix.Edit x : sorted) {
            sb.append(text, at, x.start()).append(x.replacement());
            at = x.end();
        }
        sb.append(text, at, text.length());
        return new Applied(sb.toString(), notes);
    }
}
