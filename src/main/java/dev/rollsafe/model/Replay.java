package dev.rollsafe.model;

import dev.rollsafe.model.ConstraintDef.Kind;
import dev.rollsafe.model.UnknownReference.What;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Applies changes to a schema. One replay is a short-lived working copy: it starts from a schema's
 * persistent parts, swaps them for changed versions as changes are applied, and builds the next schema.
 * Which method handles which change record is in {@link #HANDLERS} (tables, rows and the session here;
 * {@link ColumnReplay}, {@link ConstraintReplay}, {@link IndexReplay} and {@link ObjectReplay} for the
 * rest); a test checks it covers every record of the sealed {@link Change} interface, which Java 17 cannot
 * check with a switch.
 */
final class Replay {

    private static final Map<Class<?>, BiConsumer<Replay, Change>> HANDLERS = Map.ofEntries(
            on(Change.CreateTable.class, Replay::createTable),
            on(Change.DropTable.class, Replay::dropTable),
            on(Change.RenameTable.class, Replay::renameTable),
            on(Change.Truncate.class, (r, c) -> c.tables().forEach(t -> r.countRows(t, c))),
            on(Change.AlterTableOption.class, Replay::alterTableOption),
            on(Change.AddColumn.class, (r, c) -> r.columns.addColumn(c)),
            on(Change.DropColumn.class, (r, c) -> r.columns.dropColumn(c)),
            on(Change.RenameColumn.class, (r, c) -> r.columns.renameColumn(c)),
            on(Change.AlterColumnType.class, (r, c) -> r.columns.editColumn(c.table(), c.column(), c, d -> d.withType(c.type()))),
            on(Change.RedefineColumn.class, (r, c) -> r.columns.redefineColumn(c)),
            on(Change.SetNotNull.class, (r, c) -> r.columns.editColumn(c.table(), c.column(), c, d -> d.withNotNull(true))),
            on(Change.DropNotNull.class, (r, c) -> r.columns.editColumn(c.table(), c.column(), c, d -> d.withNotNull(false))),
            on(Change.SetDefault.class, (r, c) -> r.columns.editColumn(c.table(), c.column(), c, d -> d.withDefault(c.expression()))),
            on(Change.DropDefault.class, (r, c) -> r.columns.editColumn(c.table(), c.column(), c, d -> d.withDefault(null))),
            on(Change.AddConstraint.class, (r, c) ->
                    r.put(r.constraints.addConstraint(r.alterTarget(c.table(), c), c.constraint(), c.notValid(), c))),
            on(Change.DropConstraint.class, (r, c) -> r.constraints.dropConstraint(c)),
            on(Change.ValidateConstraint.class, (r, c) -> r.constraints.validateConstraint(c)),
            on(Change.RenameConstraint.class, (r, c) -> r.constraints.renameConstraint(c)),
            on(Change.CreateIndex.class, (r, c) -> r.indexes.createIndex(c)),
            on(Change.DropIndex.class, (r, c) -> r.indexes.dropIndex(c)),
            on(Change.RenameIndex.class, (r, c) -> r.indexes.renameIndex(c)),
            on(Change.Reindex.class, (r, c) -> { }),
            on(Change.CreateObject.class, (r, c) -> r.others.createObject(c)),
            on(Change.DropObject.class, (r, c) -> r.others.dropObject(c)),
            on(Change.RenameObject.class, (r, c) -> r.others.renameObject(c)),
            on(Change.AlterObject.class, (r, c) -> r.others.alterObject(c)),
            on(Change.CreateEnumType.class, (r, c) -> r.others.createEnumType(c)),
            on(Change.AddEnumValue.class, (r, c) -> r.others.addEnumValue(c)),
            on(Change.RenameEnumValue.class, (r, c) -> r.others.renameEnumValue(c)),
            on(Change.RowChange.class, (r, c) -> {
                if (c.table() != null) {
                    r.countRows(c.table(), c);
                }
            }),
            on(Change.SessionSetting.class, (r, c) ->
                    r.session = r.session.set(c.scope(), c.name().toLowerCase(Locale.ROOT), c.value())),
            on(Change.TransactionControl.class, Replay::transactionControl),
            on(Change.LockTable.class, (r, c) -> c.tables().forEach(t -> r.noteTableUse(t, c))),
            on(Change.Neutral.class, (r, c) -> { }),
            on(Change.ProceduralBlock.class, (r, c) -> c.inner().forEach(r::apply)));

    /** Changes that do not end an open MySQL transaction; every other change is DDL and commits implicitly. */
    private static final Set<Class<?>> NO_IMPLICIT_COMMIT = Set.of(Change.RowChange.class,
            Change.SessionSetting.class, Change.TransactionControl.class, Change.Neutral.class,
            Change.ProceduralBlock.class, Change.Reindex.class);

    private static final Set<String> STATEMENT_OPTIONS = Set.of("algorithm", "lock");

    // the working copy of the schema's parts, read and swapped by the handler classes of this package
    final Dialect dialect;
    PMap<Table> tables;
    PMap<String> indexOwners;
    PMap<Set<String>> referencedBy;
    PMap<SchemaObject> objects;
    PMap<List<String>> enums;
    PMap<Integer> rowChanges;
    Session session;
    Trail<UnknownReference> unknown;

    final ConstraintReplay constraints = new ConstraintReplay(this);
    private final ColumnReplay columns = new ColumnReplay(this);
    private final IndexReplay indexes = new IndexReplay(this);
    private final ObjectReplay others = new ObjectReplay(this);

    Replay(Schema from) {
        this.dialect = from.dialect;
        this.tables = from.tables;
        this.indexOwners = from.indexOwners;
        this.referencedBy = from.referencedBy;
        this.objects = from.objects;
        this.enums = from.enums;
        this.rowChanges = from.rowChanges;
        this.session = from.session;
        this.unknown = from.unknown;
    }

    /** The record types this replay handles (for the test that every change record is handled). */
    static Set<Class<?>> handledTypes() {
        return HANDLERS.keySet();
    }

    /** The replayed schema; {@code from} itself when nothing changed. */
    Schema result(Schema from) {
        if (tables == from.tables && indexOwners == from.indexOwners && referencedBy == from.referencedBy
                && objects == from.objects
                && enums == from.enums && rowChanges == from.rowChanges && session == from.session
                && unknown == from.unknown) {
            return from;
        }
        return new Schema(dialect, tables, indexOwners, referencedBy, objects, enums, rowChanges, session, unknown);
    }

    void apply(Change change) {
        if (dialect.isMySqlFamily() && session.inTransaction() && !NO_IMPLICIT_COMMIT.contains(change.getClass())
                && !(change instanceof Change.CreateTable ct && ct.temporary())) {
            session = session.commit();
        }
        BiConsumer<Replay, Change> handler = HANDLERS.get(change.getClass());
        if (handler == null) {
            throw new IllegalStateException("no replay for " + change.getClass().getName());
        }
        handler.accept(this, change);
    }

    private static <C extends Change> Map.Entry<Class<?>, BiConsumer<Replay, Change>> on(
            Class<C> type, BiConsumer<Replay, C> handler) {
        return Map.entry(type, (replay, change) -> handler.accept(replay, type.cast(change)));
    }

    // ---------------------------------------------------------------- tables

    private void createTable(Change.CreateTable ct) {
        Table existing = table(ct.table());
        if (existing != null) {
            if (ct.ifNotExists()) {
                return;
            }
            dropOwnedSequences(existing);
            removeTable(Schema.key(ct.table()));
        }
        Table t = new Table(ct.table(), true, ct.temporary(), List.of(), List.of(), List.of(), Map.of(), Map.of());
        List<String> pk = new ArrayList<>();
        for (ColumnDef c : ct.columns()) {
            t = withSerialSequence(t.withColumn(c.primaryKey() ? c.withNotNull(true) : c), c);
            if (c.primaryKey()) {
                pk.add(c.name());
            }
        }
        if (!pk.isEmpty() && ct.constraints().stream().noneMatch(c -> c.kind() == Kind.PRIMARY_KEY)) {
            t = constraints.addConstraint(t, ConstraintReplay.unnamed(Kind.PRIMARY_KEY, pk, null), false, ct);
        }
        for (ColumnDef c : ct.columns()) {
            t = constraints.addInlineConstraints(t, c, ct.constraints(), ct);
        }
        for (ConstraintDef c : ct.constraints()) {
            t = constraints.addConstraint(t, c, false, ct);
        }
        put(t);
    }

    private void dropTable(Change.DropTable dt) {
        Table t = table(dt.table());
        if (t == null) {
            if (!dt.ifExists()) {
                unknown(What.TABLE, dt.table(), dt.table().toString(), dt);
            }
            return;
        }
        dropOwnedSequences(t);
        removeTable(Schema.key(dt.table()));
        if (dt.cascade()) {
            editForeignKeys(dt.table(), fk -> null);
        }
    }

    private void renameTable(Change.RenameTable rt) {
        Name to = inheritSchema(rt.from(), rt.to());
        Table t = table(rt.from());
        if (t == null) {
            for (ObjectKind k : List.of(ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW)) {
                if (objects.containsKey(Schema.objectKey(k, rt.from()))) {
                    others.moveObject(k, rt.from(), to);
                    return;
                }
            }
            unknown(What.TABLE, rt.from(), rt.from().toString(), rt);
            t = Table.placeholder(rt.from());
        }
        removeTable(Schema.key(rt.from()));
        removeTable(Schema.key(to));
        put(t.withName(to));
        Integer rows = rowChanges.get(Schema.key(rt.from()));
        if (rows != null) {
            rowChanges = rowChanges.remove(Schema.key(rt.from())).put(Schema.key(to), rows);
        }
        editForeignKeys(rt.from(), fk -> fk.withReference(to, fk.def().refColumns()));
    }

    private void alterTableOption(Change.AlterTableOption o) {
        Table t = alterTarget(o.table(), o);
        String option = o.option().toLowerCase(Locale.ROOT).strip();
        if (!STATEMENT_OPTIONS.contains(option)) {
            put(t.withOption(option, o.value() == null ? "" : o.value()));
        }
    }

    /**
     * PostgreSQL: a serial column gets its own sequence, {@code <table>_<column>_seq} (numbered when taken),
     * in the table's schema, which later statements can ALTER or DROP.
     */
    Table withSerialSequence(Table t, ColumnDef c) {
        if (dialect.isMySqlFamily() || !c.type().serial()) {
            return t;
        }
        String seq = DefaultNames.pgChoose(t.name().name(), c.name(), "seq",
                n -> objects.containsKey(Schema.objectKey(ObjectKind.SEQUENCE, Name.of(n))));
        Name seqName = new Name(t.name().schema(), seq);
        objects = objects.put(Schema.objectKey(ObjectKind.SEQUENCE, seqName), new SchemaObject(ObjectKind.SEQUENCE, seqName));
        return t.withSequence(c.name(), seq);
    }

    /** Drops the sequences owned by the table's columns, or by one column when {@code column} is not null. */
    Table dropOwnedSequences(Table t, String column) {
        Table result = t;
        for (Map.Entry<String, String> e : t.sequences().entrySet()) {
            if (column == null || column.equals(e.getKey())) {
                objects = objects.remove(Schema.objectKey(ObjectKind.SEQUENCE, Name.of(e.getValue())));
                result = result.withSequence(e.getKey(), null);
            }
        }
        return result;
    }

    void dropOwnedSequences(Table t) {
        dropOwnedSequences(t, null);
    }

    // ---------------------------------------------------------------- rows, session

    private void countRows(Name table, Change change) {
        noteTableUse(table, change);
        String k = Schema.key(table);
        Integer n = rowChanges.get(k);
        rowChanges = rowChanges.put(k, n == null ? 1 : n + 1);
    }

    /** Records a statement's use of a table no migration created (a view or foreign table counts as known). */
    private void noteTableUse(Name table, Change change) {
        if (table(table) == null && !objects.containsKey(Schema.objectKey(ObjectKind.VIEW, table))
                && !objects.containsKey(Schema.objectKey(ObjectKind.MATERIALIZED_VIEW, table))
                && !objects.containsKey(Schema.objectKey(ObjectKind.FOREIGN_TABLE, table))) {
            unknown(What.TABLE, table, table.toString(), change);
        }
    }

    private void transactionControl(Change.TransactionControl tc) {
        switch (tc.op()) {
            case BEGIN:
                // MySQL: BEGIN commits a transaction that is still open; PostgreSQL just warns
                session = (dialect.isMySqlFamily() ? session.commit() : session).begin();
                break;
            case COMMIT:
                session = session.commit();
                break;
            case ROLLBACK:
                session = session.rollback(!dialect.isMySqlFamily());
                break;
            default:
                break;
        }
    }

    // ---------------------------------------------------------------- helpers

    Table table(Name name) {
        return tables.get(Schema.key(name));
    }

    /** The table an ALTER works on; a placeholder (and an unknown reference) when no migration created it. */
    Table alterTarget(Name name, Change change) {
        Table t = table(name);
        if (t == null) {
            unknown(What.TABLE, name, name.toString(), change);
            t = Table.placeholder(name);
            put(t);
        }
        return t;
    }

    void unknown(What what, Name table, String name, Change change) {
        unknown = unknown.plus(new UnknownReference(what, table, name, change));
    }

    /** Stores the table under its unqualified name and keeps PostgreSQL's schema-wide index names in step. */
    void put(Table t) {
        String k = Schema.key(t.name());
        Table old = tables.get(k);
        if (old == t) {
            return;
        }
        if (!dialect.isMySqlFamily() && (old == null || old.indexes() != t.indexes())) {
            if (old != null) {
                for (IndexInfo i : old.indexes()) {
                    if (t.index(i.name()).isEmpty() && k.equals(indexOwners.get(i.name()))) {
                        indexOwners = indexOwners.remove(i.name());
                    }
                }
            }
            for (IndexInfo i : t.indexes()) {
                if (!k.equals(indexOwners.get(i.name()))) {
                    indexOwners = indexOwners.put(i.name(), k);
                }
            }
        }
        if (old == null || old.constraintInfos() != t.constraintInfos()) {
            updateReferences(k, old, t);
        }
        tables = tables.put(k, t);
    }

    void removeTable(String k) {
        Table old = tables.get(k);
        if (old == null) {
            return;
        }
        for (IndexInfo i : old.indexes()) {
            if (k.equals(indexOwners.get(i.name()))) {
                indexOwners = indexOwners.remove(i.name());
            }
        }
        updateReferences(k, old, null);
        tables = tables.remove(k);
    }

    /** Keeps {@link Schema#referencedBy} in step when the table stored under {@code k} changes. */
    private void updateReferences(String k, Table old, Table now) {
        Set<String> before = referencedKeys(old);
        Set<String> after = referencedKeys(now);
        if (before.equals(after)) {
            return;
        }
        for (String r : before) {
            if (!after.contains(r)) {
                Set<String> next = new HashSet<>(referencedBy.get(r));
                next.remove(k);
                referencedBy = next.isEmpty() ? referencedBy.remove(r) : referencedBy.put(r, Set.copyOf(next));
            }
        }
        for (String r : after) {
            Set<String> current = referencedBy.get(r);
            if (current == null || !current.contains(k)) {
                Set<String> next = current == null ? new HashSet<>() : new HashSet<>(current);
                next.add(k);
                referencedBy = referencedBy.put(r, Set.copyOf(next));
            }
        }
    }

    private static Set<String> referencedKeys(Table t) {
        if (t == null) {
            return Set.of();
        }
        Set<String> out = null;
        for (ConstraintInfo c : t.constraintInfos()) {
            if (c.kind() == Kind.FOREIGN_KEY && c.def().refTable() != null) {
                if (out == null) {
                    out = new HashSet<>();
                }
                out.add(Schema.key(c.def().refTable()));
            }
        }
        return out == null ? Set.of() : out;
    }

    /** Applies {@code edit} to every foreign key (in any table) that references {@code referenced}; null drops it. */
    void editForeignKeys(Name referenced, UnaryOperator<ConstraintInfo> edit) {
        Set<String> referencing = referencedBy.get(Schema.key(referenced));
        if (referencing == null) {
            return;
        }
        for (String k : new TreeSet<>(referencing)) {
            Table t = tables.get(k);
            if (t == null) {
                continue;
            }
            List<ConstraintInfo> next = new ArrayList<>();
            boolean touched = false;
            for (ConstraintInfo c : t.constraintInfos()) {
                Name ref = c.def().refTable();
                if (c.kind() == Kind.FOREIGN_KEY && ref != null && ref.name().equals(referenced.name())) {
                    ConstraintInfo e = edit.apply(c);
                    touched |= e != c;
                    if (e != null) {
                        next.add(e);
                    }
                } else {
                    next.add(c);
                }
            }
            if (touched) {
                put(t.withConstraints(next));
            }
        }
    }

    Predicate<String> indexNameTaken(Table t) {
        return n -> t.index(n).isPresent() || (!dialect.isMySqlFamily() && indexOwners.containsKey(n));
    }

    Predicate<String> constraintNameTaken(Table t) {
        Predicate<String> index = indexNameTaken(t);
        return n -> t.constraint(n).isPresent() || index.test(n);
    }


    /**
     * Makes an index name free for {@code t}, as the database would insist: an index of that name on
     * {@code t} (or, in PostgreSQL, on any table) goes, with the constraint it backs. Returns {@code t}
     * without it; another table that loses the index is stored at once.
     */
    Table freeIndexName(Table t, String name) {
        Optional<IndexInfo> own = t.index(name);
        if (own.isPresent()) {
            return t.withoutIndexAndConstraint(own.get());
        }
        String ownerKey = dialect.isMySqlFamily() ? null : indexOwners.get(name);
        Table other = ownerKey == null || ownerKey.equals(Schema.key(t.name())) ? null : tables.get(ownerKey);
        if (other != null && other.index(name).isPresent()) {
            put(other.withoutIndexAndConstraint(other.index(name).get()));
        }
        return t;
    }




    /** PostgreSQL keeps a renamed object in its schema: {@code s.a RENAME TO b} gives {@code s.b}. */
    static Name inheritSchema(Name from, Name to) {
        return to.schema() == null && from.schema() != null ? new Name(from.schema(), to.name()) : to;
    }
}
