package dev.rollsafe.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Random changes over a small pool of names, so that they collide, refer to missing things and undo each
 * other. The replay must never throw and its bookkeeping must stay consistent after every change.
 */
class SchemaRandomReplayTest {

    private static final String[] TABLES = {"t0", "t1", "s.t2", "t3"};
    private static final String[] COLUMNS = {"c0", "c1", "c2", "c3"};
    private static final String[] NAMES = {"x0", "x1", "x2", null};

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }

    private static Name table(Random r) {
        return Name.parse(pick(r, TABLES));
    }

    private static ColumnDef column(Random r) {
        return new ColumnDef(pick(r, COLUMNS), DataType.of(r.nextInt(5) == 0 ? "serial" : "int"), r.nextBoolean(), r.nextBoolean() ? "0" : null,
                r.nextInt(8) == 0, r.nextInt(6) == 0, false, r.nextInt(6) == 0 ? table(r) : null);
    }

    private static ConstraintDef constraint(Random r) {
        ConstraintDef.Kind kind = ConstraintDef.Kind.values()[r.nextInt(ConstraintDef.Kind.values().length)];
        List<String> cols = r.nextBoolean() ? List.of(pick(r, COLUMNS)) : List.of(pick(r, COLUMNS), "c3");
        boolean fk = kind == ConstraintDef.Kind.FOREIGN_KEY;
        return new ConstraintDef(pick(r, NAMES), kind, cols, fk ? table(r) : null, fk ? List.of("c0") : null,
                kind == ConstraintDef.Kind.CHECK ? cols.get(0) + " IS NOT NULL" : null,
                r.nextInt(10) == 0 ? pick(r, NAMES) : null);
    }

    private static Change change(Random r) {
        Name t = table(r);
        String c = pick(r, COLUMNS);
        String name = pick(r, NAMES);
        switch (r.nextInt(32)) {
            case 24: return new Change.AlterColumnType(t, c, DataType.of("bigint"), null);
            case 25: return new Change.Truncate(List.of(t, table(r)), r.nextBoolean());
            case 26: return new Change.AlterTableOption(t, "ENGINE", "InnoDB");
            case 27: return new Change.RenameObject(ObjectKind.VIEW, t, table(r));
            case 28: return new Change.DropObject(ObjectKind.TYPE, t, r.nextBoolean(), false);
            case 29: return new Change.RenameEnumValue(t, "a", pick(r, COLUMNS));
            case 30: return new Change.LockTable(List.of(t), null);
            case 31: return new Change.SetDefault(t, c, "1");
            case 0: return new Change.CreateTable(t, List.of(column(r), column(r)), List.of(constraint(r)), r.nextBoolean(), false, false);
            case 1: return new Change.DropTable(t, r.nextBoolean(), r.nextBoolean());
            case 2: return new Change.RenameTable(t, table(r));
            case 3: return new Change.AddColumn(t, column(r), r.nextBoolean());
            case 4: return new Change.DropColumn(t, c, r.nextBoolean(), r.nextBoolean());
            case 5: return new Change.RenameColumn(t, c, pick(r, COLUMNS));
            case 6: return new Change.RedefineColumn(t, c, column(r));
            case 7: return new Change.SetNotNull(t, c);
            case 8: return new Change.DropDefault(t, c);
            case 9: return new Change.AddConstraint(t, constraint(r), r.nextBoolean());
            case 10: return new Change.DropConstraint(t, name, r.nextBoolean() ? null : ConstraintDef.Kind.PRIMARY_KEY, r.nextBoolean());
            case 11: return new Change.ValidateConstraint(t, name == null ? "x0" : name);
            case 12: return new Change.RenameConstraint(t, name == null ? "x0" : name, pick(r, new String[] {"x0", "x1", "x2"}));
            case 13: return new Change.CreateIndex(name, r.nextInt(10) == 0 ? null : t,
                    r.nextBoolean() ? List.of(c) : List.of(c, "lower(c1)"), r.nextBoolean(), false, r.nextBoolean(), null);
            case 14: return new Change.DropIndex(Name.of(name == null ? "x0" : name), r.nextBoolean() ? t : null, false, r.nextBoolean());
            case 15: return new Change.RenameIndex(r.nextBoolean() ? t : null, Name.of(name == null ? "x1" : name), pick(r, new String[] {"x0", "x1", "x2"}));
            case 16: return new Change.CreateObject(ObjectKind.VIEW, t, r.nextBoolean(), r.nextBoolean());
            case 17: return new Change.DropObject(ObjectKind.SCHEMA, Name.of("s"), r.nextBoolean(), r.nextBoolean());
            case 18: return new Change.CreateEnumType(t, List.of("a", "b"));
            case 19: return new Change.AddEnumValue(t, pick(r, COLUMNS), r.nextBoolean());
            case 20: return new Change.RowChange(Change.RowOp.DELETE, t, true);
            case 21: return new Change.TransactionControl(Change.TxOp.values()[r.nextInt(Change.TxOp.values().length)]);
            case 22: return new Change.SessionSetting("lock_timeout", r.nextBoolean() ? "1s" : null,
                    Change.Scope.values()[r.nextInt(3)]);
            default: return new Change.ProceduralBlock(List.of(change(r), change(r)));
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void randomChangesKeepTheSchemaConsistent(Dialect dialect) {
        Random r = new Random(7 + dialect.ordinal());
        for (int run = 0; run < 40; run++) {
            Schema s = Schema.empty(dialect);
            for (int i = 0; i < 150; i++) {
                Change c = change(r);
                Schema before = s;
                int unknownBefore = before.unknownReferences().size();
                s = s.apply(c);
                assertEquals(unknownBefore, before.unknownReferences().size(), "the old schema is unchanged");
                try {
                    checkConsistent(s, c);
                } catch (AssertionError e) {
                    System.out.println("schema before the change: " + before.tables());
                    System.out.println("schema after the change: " + s.tables());
                    throw e;
                }
            }
        }
    }

    private static void checkConsistent(Schema s, Change last) {
        String where = " after " + last.summary();
        for (Table t : s.tables()) {
            assertUnique(t.columns().stream().map(ColumnDef::name).toList(), "columns of " + t.name() + where);
            assertUnique(t.indexes().stream().map(IndexInfo::name).toList(), "indexes of " + t.name() + where);
            assertUnique(t.constraintInfos().stream().map(ConstraintInfo::name).toList(), "constraints of " + t.name() + where);
            assertTrue(t.constraintInfos().stream().filter(c -> c.kind() == ConstraintDef.Kind.PRIMARY_KEY).count() <= 1,
                    "one primary key" + where);
            for (IndexInfo i : t.indexes()) {
                assertTrue(t.isSelf(i.table()), "index " + i.name() + " knows its table" + where);
                if (i.backsConstraint()) {
                    assertTrue(t.constraint(i.constraint()).isPresent(), "index " + i.name() + " backs a live constraint" + where);
                }
                if (s.dialect() == Dialect.POSTGRESQL) {
                    assertEquals(Schema.key(t.name()), s.indexOwners.get(i.name()), "owner of index " + i.name() + where);
                }
            }
            for (ConstraintInfo c : t.constraintInfos()) {
                ConstraintDef.Kind k = c.kind();
                if (k == ConstraintDef.Kind.PRIMARY_KEY || k == ConstraintDef.Kind.UNIQUE || k == ConstraintDef.Kind.EXCLUDE) {
                    assertEquals(1, t.indexes().stream().filter(i -> c.name().equals(i.constraint())).count(),
                            "constraint " + c.name() + " has its index" + where);
                }
                if (k == ConstraintDef.Kind.FOREIGN_KEY && c.def().refTable() != null) {
                    Set<String> refs = s.referencedBy.get(Schema.key(c.def().refTable()));
                    assertTrue(refs != null && refs.contains(Schema.key(t.name())), "reverse reference for " + c.name() + where);
                }
            }
        }
        s.indexOwners.forEach((index, owner) ->
                assertTrue(s.table(Name.of(owner)).flatMap(t -> t.index(index)).isPresent(), "stale owner of " + index + where));
    }

    private static void assertUnique(List<String> names, String what) {
        Set<String> seen = new HashSet<>(names);
        assertEquals(new ArrayList<>(names).size(), seen.size(), "duplicates in " + what + ": " + names);
    }
}
