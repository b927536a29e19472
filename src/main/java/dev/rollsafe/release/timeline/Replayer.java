package dev.rollsafe.release.timeline;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ColumnDef;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Schema;
import dev.rollsafe.model.Table;
import dev.rollsafe.parse.RawStatement;
import dev.rollsafe.parse.Recognizer;
import dev.rollsafe.parse.SplitResult;
import dev.rollsafe.parse.Splitter;
import dev.rollsafe.parse.python.DjangoReader;
import dev.rollsafe.release.history.ShippedMigration;
import dev.rollsafe.release.history.ShippedSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replays each migration set of a tree, in apply order, into a {@link Schema} and reads the tables and columns
 * it ends with. A migration text is split and recognised once per dialect however many releases hold it
 * (most releases share most migrations). Statements that cannot be read change nothing.
 */
final class Replayer {
    private final Map<String, List<Change>> changes = new HashMap<>();

    SchemaShape shape(List<ShippedSet> sets) {
        Map<String, Set<String>> out = new HashMap<>();
        for (ShippedSet set : sets) {
            Dialect dialect = Dialect.parse(set.dialect()).orElse(Dialect.POSTGRESQL);
            Schema schema = Schema.empty(dialect);
            // Django migrations are read in order by one reader that carries the models from one to the next
            DjangoReader django = "django".equals(set.layout()) ? new DjangoReader(dialect) : null;
            for (ShippedMigration m : set.migrations()) {
                if (!m.deploy() || m.text() == null) {
                    continue;
                }
                for (Change c : django != null ? djangoChanges(django, m) : changesOf(m, dialect)) {
                    schema = applySafely(schema, c);
                }
                schema = schema.endMigration();
            }
            for (Table t : schema.tables()) {
                if (t.temporary()) {
                    continue;
                }
                Set<String> cs = out.computeIfAbsent(t.name().name(), k -> new HashSet<>());
                for (ColumnDef c : t.columns()) {
                    cs.add(c.name());
                }
            }
        }
        return new SchemaShape(out);
    }

    private static Schema applySafely(Schema schema, Change change) {
        try {
            return schema.apply(change);
        } catch (RuntimeException e) {
            return schema; // a change the replay cannot apply leaves the schema as it was
        }
    }

    private static List<Change> djangoChanges(DjangoReader reader, ShippedMigration m) {
        String id = m.identity();
        // identity is "django:<app>.<name>"
        int colon = id.indexOf(':');
        int dot = id.indexOf('.', colon + 1);
        String app = dot > colon + 1 ? id.substring(colon + 1, dot) : "app";
        List<Change> out = new ArrayList<>();
        for (dev.rollsafe.model.Statement s : reader.read(m.text(), app)) {
            out.addAll(s.changes());
        }
        return out;
    }

    private List<Change> changesOf(ShippedMigration m, Dialect dialect) {
        String key = dialect.id() + "\u0000" + m.layout() + "\u0000"
                + (m.contentHash() != null ? m.contentHash() : m.text());
        return changes.computeIfAbsent(key, k -> read(DeployText.of(m.layout(), m.text()), dialect));
    }

    private static List<Change> read(String text, Dialect dialect) {
        List<Change> out = new ArrayList<>();
        try {
            SplitResult split = Splitter.split(text, 0, text.length(), dialect, null, false);
            Recognizer recognizer = new Recognizer(dialect);
            for (RawStatement raw : split.statements()) {
                if (raw.problem() == null) {
                    out.addAll(recognizer.recognize(raw.sql()).changes());
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            // an unreadable migration contributes what was read before the failure
        }
        return List.copyOf(out);
    }
}
