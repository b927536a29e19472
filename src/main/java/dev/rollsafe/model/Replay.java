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
 * Which method handles which change record is in {@link #HANDLERS}; a test checks it covers every record
 * of the sealed {@link Change} interface.
 */
final class Replay {

    private static final Map<Class<?>, BiConsumer<Replay, Change>> HANDLERS = Map.ofEntries(
            on(Change.CreateTable.class, Replay::createTable),
            on(Change.DropTable.class, Replay::dropTable),
            on(Change.RenameTable.class, Replay::renameTable),
            on(Change.Truncate.class, (r, c) -> c.tables().forEach(t -> r.countRows(t, c))),
            on(Change.AlterTableOption.class, Replay::alterTableOption),
            on(Change.AddColumn.class, Replay::addColumn),
            on(Change.DropColumn.class, Replay::dropColumn),
            on(Change.RenameColumn.class, Replay::renameColumn),
            on(Change.AlterColumnType.class, (r, c) -> r.editColumn(c.table(), c.column(), c, d -> d.withType(c.type()))),
            on(Change.RedefineColumn.class, Replay::redefineColumn),
            on(Change.SetNotNull.class, (r, c) -> r.editColumn(c.table(), c.column(), c, d -> d.withNotNull(true))),
            on(Change.DropNotNull.class, (r, c) -> r.editColumn(c.table(), c.column(), c, d -> d.withNotNull(false))),
            on(Change.SetDefault.class, (r, c) -> r.editColumn(c.table(), c.column(), c, d -> d.withDefault(c.expression()))),
            on(Change.DropDefault.class, (r, c) -> r.editColumn(c.table(), c.column(), c, d -> d.withDefault(null))),
            on(Change.AddConstraint.class, (r, c) ->
                    r.put(r.addConstraint(r.alterTarget(c.table(), c), c.constraint(), c.notValid(), c))),
            on(Change.DropConstraint.class, Replay::dropConstraint),
            on(Change.ValidateConstraint.class, Replay::validateConstraint),
            on(Change.RenameConstraint.class, Replay::renameConstraint),
            on(Change.CreateIndex.class, Replay::createIndex),
            on(Change.DropIndex.class, Replay::dropIndex),
            on(Change.RenameIndex.class, Replay::renameIndex),
            on(Change.Reindex.class, (r, c) -> { }),
            on(Change.CreateObject.class, Replay::createObject),
            on(Change.DropObject.class, Replay::dropObject),
            on(Change.RenameObject.class, Replay::renameObject),
            on(Change.AlterObject.class, Replay::alterObject),
            on(Change.CreateEnumType.class, Replay::createEnumType),
            on(Change.AddEnumValue.class, Replay::addEnumValue),
            on(Change.RenameEnumValue.class, Replay::renameEnumValue),
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

    private final Dialect dialect;
    private PMap<Table> tables;
    private PMap<String> indexOwners;
    private PMap<Set<String>> referencedBy;
    private PMap<SchemaObject> objects;
    private PMap<List<String>> enums;
    private PMap<Integer> rowChanges;
    private Session session;
    private Trail<UnknownReference> unknown;

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
            removeTable(Schema.key(ct.table()));
        }
        Table t = new Table(ct.table(), true, ct.temporary(), List.of(), List.of(), List.of(), Map.of());
        List<String> pk = new ArrayList<>();
        for (ColumnDef c : ct.columns()) {
            t = t.withColumn(c.primaryKey() ? c.withNotNull(true) : c);
            if (c.primaryKey()) {
                pk.add(c.name());
            }
        }
        if (!pk.isEmpty() && ct.constraints().stream().noneMatch(c -> c.kind() == Kind.PRIMARY_KEY)) {
            t = addConstraint(t, unnamed(Kind.PRIMARY_KEY, pk, null), false, ct);
        }
        for (ColumnDef c : ct.columns()) {
            t = addInlineConstraints(t, c, ct.constraints(), ct);
        }
        for (ConstraintDef c : ct.constraints()) {
            t = addConstraint(t, c, false, ct);
        }
        put(t);
    }

    private void dropTable(Change.DropTable dt) {
        if (table(dt.table()) == null) {
            if (!dt.ifExists()) {
                unknown(What.TABLE, dt.table(), dt.table().toString(), dt);
            }
            return;
        }
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
                    moveObject(k, rt.from(), to);
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

    // ---------------------------------------------------------------- columns

    private void addColumn(Change.AddColumn ac) {
        Table t = alterTarget(ac.table(), ac);
        ColumnDef c = ac.column();
        if (t.hasColumn(c.name()) && ac.ifNotExists()) {
            return;
        }
        t = t.withColumn(c.primaryKey() ? c.withNotNull(true) : c);
        if (c.primaryKey()) {
            t = addConstraint(t, unnamed(Kind.PRIMARY_KEY, List.of(c.name()), null), false, ac);
        }
        put(addInlineConstraints(t, c, List.of(), ac));
    }

    private void dropColumn(Change.DropColumn dc) {
        Table t = alterTarget(dc.table(), dc);
        if (!t.hasColumn(dc.column())) {
            if (!dc.ifExists() && t.known()) {
                unknown(What.COLUMN, t.name(), dc.column(), dc);
            }
            return;
        }
        put(new ColumnDrop(dialect, dc.column()).apply(t));
        if (dc.cascade()) {
            editForeignKeys(t.name(), fk -> fk.def().refColumns().contains(dc.column()) ? null : fk);
        }
    }

    private void renameColumn(Change.RenameColumn rc) {
        Table t = alterTarget(rc.table(), rc);
        if (!t.hasColumn(rc.from())) {
            if (t.known()) {
                unknown(What.COLUMN, t.name(), rc.from(), rc);
            }
            return;
        }
        put(withoutClash(t, rc.from(), rc.to()).withColumnRenamed(rc.from(), rc.to()));
        renameReferencedColumn(t.name(), rc.from(), rc.to());
    }

    private void redefineColumn(Change.RedefineColumn rd) {
        Table t = alterTarget(rd.table(), rd);
        ColumnDef c = rd.column();
        if (!t.hasColumn(rd.oldName())) {
            if (t.known()) {
                unknown(What.COLUMN, t.name(), rd.oldName(), rd);
            }
        } else if (rd.renames()) {
            t = withoutClash(t, rd.oldName(), c.name()).withColumnRenamed(rd.oldName(), c.name());
        }
        boolean newPk = c.primaryKey() && !t.inPrimaryKey(c.name());
        if (c.primaryKey() || t.inPrimaryKey(c.name())) {
            c = c.withNotNull(true);
        }
        t = t.withColumnReplaced(c.name(), c);
        if (newPk) {
            t = addConstraint(t, unnamed(Kind.PRIMARY_KEY, List.of(c.name()), null), false, rd);
        }
        put(addInlineConstraints(t, c, List.of(), rd));
        if (rd.renames()) {
            renameReferencedColumn(t.name(), rd.oldName(), c.name());
        }
    }

    /**
     * A rename onto a name another column has would fail in the database; the replay lets the latest
     * statement win, as it does for CREATE TABLE of an existing table: the other column goes first.
     */
    private Table withoutClash(Table t, String from, String to) {
        return !from.equals(to) && t.hasColumn(to) ? new ColumnDrop(dialect, to).apply(t) : t;
    }

    /** Applies {@code edit} to one column; an unknown column is recorded (for a known table) and left alone. */
    private void editColumn(Name table, String column, Change change, UnaryOperator<ColumnDef> edit) {
        Table t = alterTarget(table, change);
        Optional<ColumnDef> c = t.column(column);
        if (c.isEmpty()) {
            if (t.known()) {
                unknown(What.COLUMN, t.name(), column, change);
            }
            return;
        }
        put(t.withColumn(edit.apply(c.get())));
    }

    private void renameReferencedColumn(Name table, String from, String to) {
        editForeignKeys(table, fk -> fk.withReference(fk.def().refTable(),
                fk.def().refColumns().stream().map(p -> p.equals(from) ? to : p).toList()));
    }

    // ---------------------------------------------------------------- constraints

    /**
     * Adds a constraint to the table (replacing one of the same name) and what comes with it: a name when
     * it has none, the index behind a PRIMARY KEY / UNIQUE / EXCLUDE, NOT NULL on primary-key columns.
     */
    private Table addConstraint(Table table, ConstraintDef def, boolean notValid, Change change) {
        Table t = table;
        IndexInfo adopted = null;
        List<String> columns = def.columns();
        boolean indexBacked = def.kind() == Kind.PRIMARY_KEY || def.kind() == Kind.UNIQUE;
        if (def.usingIndex() != null && indexBacked) {
            // PostgreSQL: only a plain index can become a PRIMARY KEY or UNIQUE constraint
            adopted = t.index(def.usingIndex()).filter(i -> !i.backsConstraint()).orElse(null);
            if (adopted == null) {
                if (t.known()) {
                    unknown(What.INDEX, t.name(), def.usingIndex(), change);
                }
            } else {
                t = t.withoutIndex(adopted.name());
                columns = columns.isEmpty() ? adopted.columns() : columns;
            }
        }
        ConstraintDef withColumns = new ConstraintDef(def.name(), def.kind(), columns, def.refTable(),
                def.refColumns(), def.expression(), def.usingIndex());
        String name = dialect.isMySqlFamily() && def.kind() == Kind.PRIMARY_KEY ? "PRIMARY"
                : def.name() != null ? def.name()
                : adopted != null ? adopted.name()
                : DefaultNames.constraint(dialect, t, withColumns, constraintNameTaken(t));
        if (def.kind() == Kind.PRIMARY_KEY) {
            Optional<ConstraintInfo> oldPk = t.primaryKey();
            if (oldPk.isPresent()) {
                t = withoutConstraintAndIndex(t, oldPk.get().name());
            }
        }
        t = withoutConstraintAndIndex(t, name);
        if (def.kind() == Kind.PRIMARY_KEY || def.kind() == Kind.UNIQUE || def.kind() == Kind.EXCLUDE) {
            t = freeIndexName(t, name);
        }
        ConstraintDef named = new ConstraintDef(name, def.kind(), columns, def.refTable(), def.refColumns(),
                def.expression(), def.usingIndex());
        t = t.withConstraint(new ConstraintInfo(named, !notValid));
        String method = adopted == null ? null : adopted.method();
        switch (def.kind()) {
            case PRIMARY_KEY:
                t = withNotNull(t, columns);
                t = t.withIndex(new IndexInfo(name, t.name(), columns, true, method, name));
                break;
            case UNIQUE:
                t = t.withIndex(new IndexInfo(name, t.name(), columns, true, method, name));
                break;
            case EXCLUDE:
                t = t.withIndex(new IndexInfo(name, t.name(), columns, false, method, name));
                break;
            case NOT_NULL:
                t = notValid ? t : withNotNull(t, columns);
                break;
            case FOREIGN_KEY:
                if (def.refTable() != null && !t.isSelf(def.refTable()) && table(def.refTable()) == null) {
                    unknown(What.TABLE, def.refTable(), def.refTable().toString(), change);
                }
                t = withForeignKeyIndex(t, def.name(), columns);
                break;
            case CHECK:
            default:
                break;
        }
        return t;
    }

    /**
     * MySQL (InnoDB) needs an index that starts with a foreign key's columns and creates one when there is
     * none, named after the constraint when it is named, else after its first column.
     */
    private Table withForeignKeyIndex(Table t, String constraintName, List<String> columns) {
        if (!dialect.isMySqlFamily() || columns.isEmpty()) {
            return t;
        }
        for (IndexInfo i : t.indexes()) {
            if (i.columns().size() >= columns.size() && i.columns().subList(0, columns.size()).equals(columns)) {
                return t;
            }
        }
        String name = constraintName != null && t.index(constraintName).isEmpty() ? constraintName
                : DefaultNames.index(dialect, t, columns, indexNameTaken(t));
        return t.withIndex(new IndexInfo(name, t.name(), columns, false, null, null));
    }

    /** Constraints a column definition declares inline (UNIQUE, REFERENCES) unless the table list has them. */
    private Table addInlineConstraints(Table table, ColumnDef c, List<ConstraintDef> declared, Change change) {
        Table t = table;
        List<String> cols = List.of(c.name());
        if (c.unique() && !declares(t, declared, Kind.UNIQUE, cols)) {
            t = addConstraint(t, unnamed(Kind.UNIQUE, cols, null), false, change);
        }
        // MySQL parses and ignores a column-level REFERENCES: only a table-level FOREIGN KEY makes one
        if (c.references() != null && !dialect.isMySqlFamily() && !declares(t, declared, Kind.FOREIGN_KEY, cols)) {
            t = addConstraint(t, unnamed(Kind.FOREIGN_KEY, cols, c.references()), false, change);
        }
        return t;
    }

    private static boolean declares(Table t, List<ConstraintDef> declared, Kind kind, List<String> columns) {
        return declared.stream().anyMatch(d -> d.kind() == kind && d.columns().equals(columns))
                || t.constraintInfos().stream().anyMatch(d -> d.kind() == kind && d.columns().equals(columns));
    }

    private static ConstraintDef unnamed(Kind kind, List<String> columns, Name refTable) {
        return new ConstraintDef(null, kind, columns, refTable, List.of(), null, null);
    }

    private void dropConstraint(Change.DropConstraint dc) {
        Table t = alterTarget(dc.table(), dc);
        Optional<ConstraintInfo> found = dc.name() != null ? t.constraint(dc.name())
                : dc.kind() == Kind.PRIMARY_KEY ? t.primaryKey() : Optional.empty();
        if (found.isEmpty() && dc.kind() == Kind.PRIMARY_KEY) {
            found = t.primaryKey();
        }
        if (found.isPresent()) {
            ConstraintInfo c = found.get();
            t = withoutConstraintAndIndex(t, c.name());
            if (c.kind() == Kind.NOT_NULL) {
                for (String col : c.columns()) {
                    Optional<ColumnDef> d = t.column(col);
                    if (d.isPresent() && !t.inPrimaryKey(col)) {
                        t = t.withColumn(d.get().withNotNull(false));
                    }
                }
            }
            put(t);
            return;
        }
        // MySQL: DROP CONSTRAINT (8.0.19+) and DROP KEY also reach a plain unique index by its name
        if (dialect.isMySqlFamily() && dc.name() != null && t.index(dc.name()).isPresent()) {
            put(withoutIndexAndConstraint(t, t.index(dc.name()).get()));
            return;
        }
        if (!dc.ifExists() && t.known()) {
            String label = dc.name() != null ? dc.name()
                    : dc.kind() == null ? "(unnamed)" : dc.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            unknown(What.CONSTRAINT, t.name(), label, dc);
        }
    }

    private void validateConstraint(Change.ValidateConstraint vc) {
        Table t = alterTarget(vc.table(), vc);
        Optional<ConstraintInfo> c = t.constraint(vc.name());
        if (c.isEmpty()) {
            if (t.known()) {
                unknown(What.CONSTRAINT, t.name(), vc.name(), vc);
            }
            return;
        }
        t = t.withConstraint(c.get().withValidated(true));
        if (c.get().kind() == Kind.NOT_NULL) {
            t = withNotNull(t, c.get().columns());
        }
        put(t);
    }

    private void renameConstraint(Change.RenameConstraint rc) {
        Table t = alterTarget(rc.table(), rc);
        Optional<ConstraintInfo> c = t.constraint(rc.from());
        if (c.isEmpty()) {
            if (t.known()) {
                unknown(What.CONSTRAINT, t.name(), rc.from(), rc);
            }
            return;
        }
        if (!rc.from().equals(rc.to())) {
            t = withoutConstraintAndIndex(t, rc.to());
            if (t.indexes().stream().anyMatch(i -> rc.from().equals(i.constraint()))) {
                t = freeIndexName(t, rc.to());
            }
        }
        put(renameConstraintAndIndex(t, rc.from(), rc.to()));
    }

    // ---------------------------------------------------------------- indexes

    private void createIndex(Change.CreateIndex ci) {
        if (ci.table() == null) {
            unknown(What.INDEX, null, ci.name() == null ? "(unnamed)" : ci.name(), ci);
            return;
        }
        Table t = alterTarget(ci.table(), ci);
        String name = ci.name() != null ? ci.name()
                : DefaultNames.index(dialect, t, ci.columns(), indexNameTaken(t));
        Table owner = dialect.isMySqlFamily() ? t : indexOwner(null, name);
        if (owner != null && owner.index(name).isPresent()) {
            if (ci.ifNotExists()) {
                return;
            }
            put(withoutIndexAndConstraint(owner, owner.index(name).get()));
            t = table(ci.table());
        }
        put(t.withIndex(new IndexInfo(name, t.name(), ci.columns(), ci.unique(), ci.method(), null)));
    }

    private void dropIndex(Change.DropIndex di) {
        String name = di.name().name();
        Table t = di.table() != null ? alterTarget(di.table(), di) : indexOwner(null, name);
        Optional<IndexInfo> idx = t == null ? Optional.empty() : t.index(name);
        if (idx.isEmpty()) {
            if (!di.ifExists() && (t == null || t.known())) {
                unknown(What.INDEX, t == null ? null : t.name(), name, di);
            }
            return;
        }
        put(withoutIndexAndConstraint(t, idx.get()));
    }

    private void renameIndex(Change.RenameIndex ri) {
        String from = ri.from().name();
        Table t = ri.table() != null ? alterTarget(ri.table(), ri) : indexOwner(null, from);
        Optional<IndexInfo> idx = t == null ? Optional.empty() : t.index(from);
        if (idx.isEmpty()) {
            if (t == null || t.known()) {
                unknown(What.INDEX, t == null ? null : t.name(), from, ri);
            }
            return;
        }
        if (!from.equals(ri.to())) {
            t = freeIndexName(t, ri.to());
            if (idx.get().backsConstraint()) {
                t = withoutConstraintAndIndex(t, ri.to());
            }
        }
        if (idx.get().backsConstraint()) {
            put(renameConstraintAndIndex(t, idx.get().constraint(), ri.to()));
        } else {
            put(t.withIndexes(t.indexes().stream().map(i -> i.name().equals(from) ? i.withName(ri.to()) : i).toList()));
        }
    }

    /**
     * The table holding an index: the named table; else in PostgreSQL the owner of that schema-wide name;
     * else in MySQL the one table with an index of that name (null when none or several).
     */
    private Table indexOwner(Name table, String index) {
        if (table != null) {
            return table(table);
        }
        if (!dialect.isMySqlFamily()) {
            String k = indexOwners.get(index);
            return k == null ? null : tables.get(k);
        }
        List<Table> found = new ArrayList<>();
        tables.forEach((k, t) -> {
            if (t.index(index).isPresent()) {
                found.add(t);
            }
        });
        return found.size() == 1 ? found.get(0) : null;
    }

    // ---------------------------------------------------------------- other objects

    private void createObject(Change.CreateObject co) {
        String k = Schema.objectKey(co.kind(), co.name());
        if (co.ifNotExists() && objects.containsKey(k)) {
            return;
        }
        objects = objects.put(k, new SchemaObject(co.kind(), co.name()));
    }

    private void dropObject(Change.DropObject d) {
        String k = Schema.objectKey(d.kind(), d.name());
        if (!objects.containsKey(k)) {
            if (!d.ifExists()) {
                unknown(What.OBJECT, null, d.name().toString(), d);
            }
        }
        objects = objects.remove(k);
        if (d.kind() == ObjectKind.TYPE) {
            enums = enums.remove(Schema.key(d.name()));
        }
        if (d.kind() == ObjectKind.SCHEMA && d.cascade()) {
            dropSchemaContents(d.name().name());
        }
    }

    /** DROP SCHEMA ... CASCADE: the tables and objects written with that schema's name go with it. */
    private void dropSchemaContents(String schemaName) {
        List<String> doomedTables = new ArrayList<>();
        tables.forEach((k, t) -> {
            if (schemaName.equals(t.name().schema())) {
                doomedTables.add(k);
            }
        });
        doomedTables.forEach(this::removeTable);
        List<SchemaObject> doomedObjects = new ArrayList<>();
        objects.forEach((k, o) -> {
            if (schemaName.equals(o.name().schema())) {
                doomedObjects.add(o);
            }
        });
        for (SchemaObject o : doomedObjects) {
            objects = objects.remove(Schema.objectKey(o.kind(), o.name()));
            if (o.kind() == ObjectKind.TYPE) {
                enums = enums.remove(Schema.key(o.name()));
            }
        }
    }

    private void renameObject(Change.RenameObject r) {
        if (!objects.containsKey(Schema.objectKey(r.kind(), r.from()))) {
            unknown(What.OBJECT, null, r.from().toString(), r);
        }
        moveObject(r.kind(), r.from(), inheritSchema(r.from(), r.to()));
    }

    private void moveObject(ObjectKind kind, Name from, Name to) {
        objects = objects.remove(Schema.objectKey(kind, from)).put(Schema.objectKey(kind, to), new SchemaObject(kind, to));
        List<String> values = enums.get(Schema.key(from));
        if (kind == ObjectKind.TYPE && values != null) {
            enums = enums.remove(Schema.key(from)).put(Schema.key(to), values);
        }
    }

    private void alterObject(Change.AlterObject a) {
        String k = Schema.objectKey(a.kind(), a.name());
        if (!objects.containsKey(k)) {
            unknown(What.OBJECT, null, a.name().toString(), a);
            objects = objects.put(k, new SchemaObject(a.kind(), a.name()));
        }
    }

    private void createEnumType(Change.CreateEnumType ce) {
        objects = objects.put(Schema.objectKey(ObjectKind.TYPE, ce.type()), new SchemaObject(ObjectKind.TYPE, ce.type()));
        enums = enums.put(Schema.key(ce.type()), ce.values());
    }

    private void addEnumValue(Change.AddEnumValue ae) {
        List<String> values = enums.get(Schema.key(ae.type()));
        if (values == null) {
            unknown(What.ENUM_TYPE, null, ae.type().toString(), ae);
            return;
        }
        if (!values.contains(ae.value())) {
            List<String> next = new ArrayList<>(values);
            next.add(ae.value());
            enums = enums.put(Schema.key(ae.type()), List.copyOf(next));
        }
    }

    private void renameEnumValue(Change.RenameEnumValue re) {
        List<String> values = enums.get(Schema.key(re.type()));
        if (values == null) {
            unknown(What.ENUM_TYPE, null, re.type().toString(), re);
        } else if (!values.contains(re.from())) {
            unknown(What.ENUM_VALUE, null, re.type() + "." + re.from(), re);
        } else {
            enums = enums.put(Schema.key(re.type()),
                    values.stream().map(v -> v.equals(re.from()) ? re.to() : v).toList());
        }
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

    private Table table(Name name) {
        return tables.get(Schema.key(name));
    }

    /** The table an ALTER works on; a placeholder (and an unknown reference) when no migration created it. */
    private Table alterTarget(Name name, Change change) {
        Table t = table(name);
        if (t == null) {
            unknown(What.TABLE, name, name.toString(), change);
            t = Table.placeholder(name);
            put(t);
        }
        return t;
    }

    private void unknown(What what, Name table, String name, Change change) {
        unknown = unknown.plus(new UnknownReference(what, table, name, change));
    }

    /** Stores the table under its unqualified name and keeps PostgreSQL's schema-wide index names in step. */
    private void put(Table t) {
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

    private void removeTable(String k) {
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
    private void editForeignKeys(Name referenced, UnaryOperator<ConstraintInfo> edit) {
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

    private Predicate<String> indexNameTaken(Table t) {
        return n -> t.index(n).isPresent() || (!dialect.isMySqlFamily() && indexOwners.containsKey(n));
    }

    private Predicate<String> constraintNameTaken(Table t) {
        Predicate<String> index = indexNameTaken(t);
        return n -> t.constraint(n).isPresent() || index.test(n);
    }

    private static Table withNotNull(Table table, List<String> columns) {
        Table t = table;
        for (String col : columns) {
            Optional<ColumnDef> c = t.column(col);
            if (c.isPresent() && !c.get().notNull()) {
                t = t.withColumn(c.get().withNotNull(true));
            }
        }
        return t;
    }

    /**
     * Makes an index name free for {@code t}, as the database would insist: an index of that name on
     * {@code t} (or, in PostgreSQL, on any table) goes, with the constraint it backs. Returns {@code t}
     * without it; another table that loses the index is stored at once.
     */
    private Table freeIndexName(Table t, String name) {
        Optional<IndexInfo> own = t.index(name);
        if (own.isPresent()) {
            return withoutIndexAndConstraint(t, own.get());
        }
        String ownerKey = dialect.isMySqlFamily() ? null : indexOwners.get(name);
        Table other = ownerKey == null || ownerKey.equals(Schema.key(t.name())) ? null : tables.get(ownerKey);
        if (other != null && other.index(name).isPresent()) {
            put(withoutIndexAndConstraint(other, other.index(name).get()));
        }
        return t;
    }

    /** Removes a constraint and the index that backs it. */
    private static Table withoutConstraintAndIndex(Table table, String constraint) {
        Table t = table.withoutConstraint(constraint);
        for (IndexInfo i : table.indexes()) {
            if (constraint.equals(i.constraint())) {
                t = t.withoutIndex(i.name());
            }
        }
        return t;
    }

    /** Removes an index and the constraint it backs. */
    private static Table withoutIndexAndConstraint(Table table, IndexInfo index) {
        Table t = table.withoutIndex(index.name());
        return index.backsConstraint() ? t.withoutConstraint(index.constraint()) : t;
    }

    /** Renames a constraint and the index behind it (they share their name). */
    private static Table renameConstraintAndIndex(Table t, String from, String to) {
        return t.withConstraints(t.constraintInfos().stream().map(c -> c.name().equals(from) ? c.withName(to) : c).toList())
                .withIndexes(t.indexes().stream()
                        .map(i -> from.equals(i.constraint()) ? i.withName(to).withConstraint(to) : i).toList());
    }

    /** PostgreSQL keeps a renamed object in its schema: {@code s.a RENAME TO b} gives {@code s.b}. */
    private static Name inheritSchema(Name from, Name to) {
        return to.schema() == null && from.schema() != null ? new Name(from.schema(), to.name()) : to;
    }
}
