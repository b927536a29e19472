package dev.rollsafe.source;

import dev.rollsafe.model.Dialect;
import java.nio.file.Path;
import java.util.List;

/**
 * Test-only door into the package-private source layer for {@code dev.rollsafe.fuzz.ReaderFuzzTest}: the
 * fuzz test drives the same code a check runs (decode, layout sniffing, segment cutting) without walking
 * a folder, which keeps it fast enough to fuzz.
 */
public final class SourceFuzzAccess {

    /** What {@link TextReader#decode} made of some bytes: a text or a problem, never both. */
    public record Decoded(String text, String problem) {
    }

    private SourceFuzzAccess() {
    }

    public static Decoded decode(byte[] bytes) {
        FileText t = TextReader.decode(bytes);
        return new Decoded(t.text(), t.problem());
    }

    /** The directive layout (Liquibase, goose, dbmate) a text declares, or null. */
    public static Layout directiveLayout(String text) {
        return DirectiveFinder.of(text);
    }

    /** The dialect a text looks written for, or null. */
    public static Dialect sniff(String text) {
        return DialectHints.sniff(List.of(text));
    }

    /** The segments of one file of {@code layout}, as {@link SetAssembler} cuts them. */
    public static List<Segment> cut(Layout layout, String text, boolean deploy, Boolean transactional,
                                    Dialect dialect) {
        Planned planned = new Planned(Path.of("fuzz.sql"), "fuzz", deploy, null, transactional, null);
        return Segments.cut(layout, text, planned, dialect);
    }

    /** A read file, as {@link SetAssembler} builds it. */
    public static MigrationFile file(Layout layout, String text, boolean deploy, List<Segment> segments) {
        return new MigrationFile(Path.of("fuzz.sql"), "fuzz.sql", layout, "fuzz", deploy, null, text, null,
                segments);
    }
}
