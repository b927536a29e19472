package dev.rollsafe.rules;

import java.util.List;

/**
 * A mechanical repair of one finding: text edits to the finding's file, applied all together or not at all.
 * A fix with no edits carries only a {@code note} saying why rollsafe cannot repair the finding by itself.
 *
 * @param edits the edits, as char offsets into the file's text (the same offsets as statement spans)
 * @param note  what the user should know (why there is no edit, or what the edit leaves to do), or null
 */
public record Fix(List<Edit> edits, String note) {
    public Fix {
        edits = edits == null ? List.of() : List.copyOf(edits);
    }

    /** Replace the text from {@code start} to {@code end} (exclusive) with {@code replacement}; equal offsets insert. */
    public record Edit(int start, int end, String replacement) {
        public Edit {
            if (start < 0 || end < start || replacement == null) {
                throw new IllegalArgumentException("bad edit " + start + ".." + end);
            }
        }

        public boolean overlaps(Edit other) {
            return start < other.end && other.start < end;
        }
    }

    public static Fix of(Edit... edits) {
        return new Fix(List.of(edits), null);
    }

    /** No edit: only a note on why. */
    public static Fix noteOnly(String note) {
        return new Fix(List.of(), note);
    }
}
