package dev.rollsafe.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The database schema as replayed from migrations, without a database: tables (columns, constraints
 * with their validation state, indexes, options), other objects (views, functions, sequences, types,
 * schemas, extensions, triggers, ...), enum values, the migration connection's settings and transaction
 * state, row-change counts, and the references the replay could not resolve.
 *
 * <p>Immutable: {@link #apply} returns a new schema and leaves this one as it was. The parts are
 * persistent maps, so a change copies only what it touches (one table and a path of the map).
 *
 * <p>Simplifications, on purpose:
 * <ul>
 *   <li>Tables, indexes and other objects are looked up by their unqualified name
 *       ({@link Name#unqualified()}): {@code public.users} and {@code users} are the same table, and two
 *       tables of the same name in different schemas are one. The name as first written is kept for display.</li>
 *   <li>Column, constraint and index names match exactly (the parser already normalised them).</li>
 *   <li>Index names are schema-wide in PostgreSQL and per table in MySQL/MariaDB, as in those databases.</li>
 *   <li>Nothing throws: a change to something unknown is recorded in {@link #unknownReferences()}; an ALTER
 *       of an unknown table creates a placeholder table with {@link Table#known()} false.</li>
 *   <li>Functions are known by name only (overloads are one object).</li>
 *   <li>A statement the database would refuse (a rename onto a taken name, a second CREATE TABLE) is
 *       replayed as "the latest statement wins" rather than rejected.</li>
 * </ul>
 *
 * <p>What the databases do on their own and the replay copies: unnamed constraints and indexes get the
 * database's default names; PRIMARY KEY, UNIQUE and EXCLUDE constraints have an index of the same name;
 * DROP COLUMN takes indexes and constraints with it (PostgreSQL: every one involving the column; MySQL:
 * the column leaves each index, which goes only when empty); PostgreSQL serial columns own a
 * {@code <table>_<column>_seq} sequence; MySQL creates the index a foreign key needs; MySQL DDL commits
 * an open transaction.
 *
 * <p>Rules asking whether a table is new in a migration should use {@link #createdSince}, which does not
 * mistake a placeholder for a new table.
 */
public final class Schema {

    final Dialect dialect;
    /** Tables by unqualified name. */
    final PMap<Table> tables;
    /** PostgreSQL only: index name to the key of the table it is on (index names are schema-wide there). */
    final PMap<String> indexOwners;
    /** Other objects by {@code KIND/name}. */
    final PMap<SchemaObject> objects;
    /** Enum types' values, by unqualified type name. */
    final PMap<List<String>> enums;
    /** Row changes (INSERT, UPDATE, DELETE, TRUNCATE, ...) per unqualified table name, counted from the start. */
    final PMap<Integer> rowChanges;
    /** Referenced table key to the keys of the tables whose foreign keys reference it (may hold stale keys). */
    final PMap<Set<String>> referencedBy;
    final Session session;
    final Trail<UnknownReference> unknown;

    Schema(Dialect dialect, PMap<Table> tables, PMap<String> indexOwners, PMap<Set<String>> referencedBy,
           PMap<SchemaObject> objects, PMap<List<String>> enums, PMap<Integer> rowChanges, Session session,
           Trail<UnknownReference> unknown) {
        this.dialect = dialect;
        this.tables = tables;
        this.indexOwners = indexOwners;
        this.referencedBy = referencedBy;
        this.objects = objects;
        this.enums = enums;
        this.rowChanges = rowChanges;
        this.session = session;
        this.unknown = unknown;
    }

    public static Schema empty(Dialect dialect) {
        return new Schema(dialect, PMap.empty(), PMap.empty(), PMap.empty(), PMap.empty(), PMap.empty(),
                PMap.empty(), Session.NONE, Trail.empty());
    }

    public Dialect dialect() {
        return dialect;
    }

    // ---------------------------------------------------------------- replay

    /**
     * Applies the statement's changes in order. A statement that is not a deploy step (the down or undo
     * part of a migration) does not change the schema.
     */
    public Schema apply(Statement statement) {
        if (!statement.deploy()) {
            return this;
        }
        Replay replay = new Replay(this);
        for (Change c : statement.changes()) {
            replay.apply(c);
        }
        return replay.result(this);
    }

    /** The schema after this change; this schema itself when the change has no effect on it. */
    public Schema apply(Change change) {
        Replay replay = new Replay(this);
        replay.apply(change);
        return replay.result(this);
    }

    /**
     * The schema after the migration framework ended the migration's transaction: SET LOCAL values end
     * and no explicit transaction is open any more. The engine calls this between migrations.
     */
    public Schema endMigration() {
        if (!session.inTransaction() && session.local().isEmpty()) {
            return this;
        }
        return new Schema(dialect, tables, indexOwners, referencedBy, objects, enums, rowChanges, session.commit(),
                unknown);
    }

    // ---------------------------------------------------------------- tables and columns

    public Optional<Table> table(Name name) {
        return Optional.ofNullable(tables.get(key(name)));
    }

    public boolean hasTable(Name name) {
        return tables.containsKey(key(name));
    }

    /**
     * True when a migration replayed between {@code earlier} and this schema created the table: this schema
     * has it as a known table and {@code earlier} did not have it. A placeholder ({@link Table#known()} false,
     * made when a statement altered a table no migration created) does not count: such a table existed all
     * along and may hold rows. Use this rather than comparing {@link #hasTable} of two schemas.
     */
    public boolean createdSince(Schema earlier, Name table) {
        return !earlier.hasTable(table) && table(table).map(Table::known).orElse(false);
    }

    /** All tables, ordered by unqualified name. */
    public Collection<Table> tables() {
        return tables.values();
    }

    public Optional<ColumnDef> column(Name table, String column) {
        return table(table).flatMap(t -> t.column(column));
    }

    // ---------------------------------------------------------------- constraints and indexes

    public List<IndexInfo> indexesOn(Name table) {
        return table(table).map(Table::indexes).orElse(List.of());
    }

    /**
     * The index of that name. PostgreSQL: index names are schema-wide, so the name is enough. MySQL:
     * names are per table, so this finds it only when exactly one table has an index of that name; use
     * {@link #index(Name, String)} there.
     */
    public Optional<IndexInfo> index(Name name) {
        String n = name.name();
        if (!dialect.isMySqlFamily()) {
            String owner = indexOwners.get(n);
            Table t = owner == null ? null : tables.get(owner);
            return t == null ? Optional.empty() : t.index(n);
        }
        List<IndexInfo> found = new ArrayList<>();
        tables.forEach((k, t) -> t.index(n).ifPresent(found::add));
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    public Optional<IndexInfo> index(Name table, String name) {
        return table(table).flatMap(t -> t.index(name));
    }

    public List<ConstraintInfo> constraintsOn(Name table) {
        return table(table).map(Table::constraintInfos).orElse(List.of());
    }

    public Optional<ConstraintInfo> constraint(Name table, String name) {
        return table(table).flatMap(t -> t.constraint(name));
    }

    /**
     * True when the table has a validated CHECK constraint that proves the column is not null:
     * {@code CHECK (col IS NOT NULL)}, compared ignoring case, quotes, spaces and outer parentheses, or an
     * AND of conditions one of which is that. PostgreSQL then skips the table scan of SET NOT NULL.
     */
    public boolean hasValidatedNotNullCheck(Name table, String column) {
        String wanted = column.toLowerCase(Locale.ROOT) + " is not null";
        for (ConstraintInfo c : constraintsOn(table)) {
            if (c.validated() && c.kind() == ConstraintDef.Kind.CHECK && c.def().expression() != null) {
                for (String conjunct : NotNullCheck.conjuncts(c.def().expression())) {
                    if (conjunct.equals(wanted)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- other objects

    public boolean hasObject(ObjectKind kind, Name name) {
        return objects.containsKey(objectKey(kind, name));
    }

    public Optional<SchemaObject> object(ObjectKind kind, Name name) {
        return Optional.ofNullable(objects.get(objectKey(kind, name)));
    }

    /** The objects of one kind, ordered by name. */
    public List<SchemaObject> objects(ObjectKind kind) {
        List<SchemaObject> out = new ArrayList<>();
        objects.forEach((k, o) -> {
            if (o.kind() == kind) {
                out.add(o);
            }
        });
        return out;
    }

    /** The values of an enum type (PostgreSQL CREATE TYPE ... AS ENUM) in order; empty when it is not a known enum. */
    public Optional<List<String>> enumValues(Name type) {
        return Optional.ofNullable(enums.get(key(type)));
    }

    // ---------------------------------------------------------------- session

    /**
     * The value of a setting on the migration connection ({@code lock_timeout}, {@code statement_timeout},
     * {@code lock_wait_timeout}, {@code foreign_key_checks}, ...), as written in the SET (quotes kept);
     * a SET LOCAL value until the transaction ends, else the SET value. Name in lower case. SET GLOBAL values
     * are in {@link #globalSetting}.
     */
    public Optional<String> setting(String name) {
        return Optional.ofNullable(session.effective(name.toLowerCase(Locale.ROOT)));
    }

    /** All settings in effect on the migration connection. */
    public Map<String, String> settings() {
        return session.effective();
    }

    /** A value set with MySQL's SET GLOBAL (it applies to new connections, not this one). */
    public Optional<String> globalSetting(String name) {
        return Optional.ofNullable(session.global().get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * True between an explicit BEGIN / START TRANSACTION and its COMMIT or ROLLBACK. In MySQL and MariaDB a
     * DDL statement commits implicitly, so it ends the transaction too.
     */
    public boolean inExplicitTransaction() {
        return session.inTransaction();
    }

    // ---------------------------------------------------------------- rows and unknowns

    /**
     * How many row changes (INSERT, UPDATE, DELETE, MERGE, COPY, ..., and TRUNCATE) the replay has seen for
     * this table since it began. To ask "were rows written in this migration", compare with the schema at
     * the migration's start. The count follows a RENAME TABLE.
     */
    public int rowChanges(Name table) {
        Integer n = rowChanges.get(key(table));
        return n == null ? 0 : n;
    }

    /** Every reference to something the replay did not know, oldest first. */
    public List<UnknownReference> unknownReferences() {
        return unknown.toList();
    }

    /** The unknown references recorded after {@code earlier}, which must be a schema this one was replayed from. */
    public List<UnknownReference> unknownReferencesSince(Schema earlier) {
        return unknown.newest(unknown.size() - earlier.unknown.size());
    }

    // ---------------------------------------------------------------- keys

    static String key(Name name) {
        return name.name();
    }

    static String objectKey(ObjectKind kind, Name name) {
        return kind.name() + "/" + name.name();
    }

    @Override
    public String toString() {
        return "Schema[" + dialect + ", " + tables.size() + " tables, " + objects.size() + " objects]";
    }
}
