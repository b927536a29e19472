package dev.rollsafe.model;

import static dev.rollsafe.model.SchemaFixtures.col;
import static dev.rollsafe.model.SchemaFixtures.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replays 20,000 synthetic changes and keeps every intermediate schema, as the engine does (schema
 * before each statement). Prints the time; asserts only the result, never the time.
 */
class SchemaReplaySpeedTest {

    private static final int TABLES = 2_000;

    private static List<Change> changes(Dialect dialect) {
        List<Change> out = new ArrayList<>();
        for (int i = 0; i < TABLES; i++) {
            String t = "t_" + i;
            out.add(SchemaFixtures.create(t, SchemaFixtures.pkCol("id", "bigint"), col("a", "int"), col("b", "text")));
            out.add(SchemaFixtures.index(t + "_a_idx", t, "a"));
            out.add(SchemaFixtures.addColumn(t, col("c", "int")));
            out.add(new Change.SetDefault(n(t), "c", "0"));
            out.add(SchemaFixtures.insert(t));
            out.add(new Change.SetNotNull(n(t), "c"));
            out.add(new Change.RenameColumn(n(t), "b", "bb"));
            out.add(SchemaFixtures.addNotValid(t, SchemaFixtures.check(t + "_a_nn", "a IS NOT NULL")));
            out.add(new Change.ValidateConstraint(n(t), t + "_a_nn"));
            out.add(SchemaFixtures.index(null, t, "c"));
        }
        for (int i = 0; i < TABLES; i += 10) {
            out.add(new Change.DropTable(n("t_" + i), false, false));
        }
        return out;
    }

    private static List<Schema> replayKeepingEverySchema(Dialect dialect, List<Change> changes) {
        List<Schema> history = new ArrayList<>(changes.size() + 1);
        Schema s = Schema.empty(dialect);
        history.add(s);
        for (Change c : changes) {
            s = s.apply(c);
            history.add(s);
        }
        return history;
    }

    @Test
    void replaysTwentyThousandChanges() {
        List<Dialect> dialects = List.of(Dialect.POSTGRESQL, Dialect.MYSQL);
        for (int warmup = 0; warmup < 2; warmup++) {
            dialects.forEach(d -> replayKeepingEverySchema(d, changes(d)));
        }
        for (Dialect dialect : dialects) {
            List<Change> changes = changes(dialect);
            List<Schema> history = null;
            long best = Long.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                long start = System.nanoTime();
                history = replayKeepingEverySchema(dialect, changes);
                best = Math.min(best, System.nanoTime() - start);
            }
            System.out.printf("schema replay (%s): %d changes in %.1f ms (best of 5 after warm-up, every schema kept)%n",
                    dialect, changes.size(), best / 1e6);

            Schema last = history.get(history.size() - 1);
            assertEquals(TABLES - TABLES / 10, last.tables().size());
            Table t5 = last.table(n("t_5")).orElseThrow();
            assertEquals(List.of("id", "a", "bb", "c"), t5.columns().stream().map(ColumnDef::name).toList());
            assertTrue(t5.column("c").orElseThrow().notNull());
            assertEquals(3, t5.indexes().size());
            String unnamed = dialect == Dialect.POSTGRESQL ? "t_5_c_idx" : "c";
            assertTrue(t5.index(unnamed).isPresent(), unnamed);
            assertTrue(last.hasValidatedNotNullCheck(n("t_5"), "a"));
            assertEquals(1, last.rowChanges(n("t_5")));
            assertFalse(last.hasTable(n("t_10")));
            assertTrue(last.unknownReferences().isEmpty());
            assertEquals(1, history.get(10).tables().size(), "an early schema is unchanged by later changes");
            assertEquals(List.of("id", "a", "b"), history.get(1).table(n("t_0")).orElseThrow().columns().stream()
                    .map(ColumnDef::name).toList());
        }
    }
}
