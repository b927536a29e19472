package dev.rollsafe.engine;

import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Statement;
import dev.rollsafe.parse.LineIndex;
import dev.rollsafe.parse.RawStatement;
import dev.rollsafe.parse.Recognition;
import dev.rollsafe.parse.Recognizer;
import dev.rollsafe.parse.SplitResult;
import dev.rollsafe.parse.Splitter;
import dev.rollsafe.source.MigrationFile;
import dev.rollsafe.source.Segment;
import java.util.ArrayList;
import java.util.List;

/** Reads one migration file into statements: split each segment, then understand each statement. */
final class FileParser {

    private FileParser() {
    }

    static ParsedFile parse(MigrationFile file, Dialect dialect) {
        if (!file.readable()) {
            return new ParsedFile(file, List.of());
        }
        String text = file.text();
        LineIndex lines = new LineIndex(text);
        Splitter splitter = new Splitter(text, lines, dialect);
        Recognizer recognizer = new Recognizer(dialect);
        List<ParsedStatement> out = new ArrayList<>();
        String carried = null;
        for (Segment segment : file.segments()) {
            String delimiter = segment.delimiter() != null ? segment.delimiter() : carried;
            // A framework's "send as one statement" block (goose StatementBegin/End) exists to keep a naive
            // splitter out of procedure bodies; this splitter already knows bodies, so it still cuts such a
            // block into its statements, which is what the server executes one after the other.
            SplitResult split = splitter.split(segment.start(), segment.end(), delimiter, false);
            carried = segment.delimiter() == null ? split.delimiterAtEnd() : carried;
            boolean deploy = file.deploy() && segment.deploy();
            for (RawStatement raw : split.statements()) {
                out.add(new ParsedStatement(understand(raw, recognizer, deploy), segment.transactional(),
                        segment.label()));
            }
        }
        return new ParsedFile(file, out);
    }

    private static Statement understand(RawStatement raw, Recognizer recognizer, boolean deploy) {
        if (raw.problem() != null) {
            return new Statement(raw.text(), raw.span(), raw.comments(), List.of(), false, raw.problem(), deploy);
        }
        Recognition r = recognizer.recognize(raw.sql());
        return new Statement(raw.text(), raw.span(), raw.comments(), r.changes(), r.understood(), r.problem(), deploy);
    }
}
