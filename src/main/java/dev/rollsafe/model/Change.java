package dev.rollsafe.model;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One action a statement performs on the database, as rollsafe understands it. A statement yields a
 * list of these (an ALTER TABLE with three clauses yields three). Every record classifies itself
 * (see {@link StatementClass}) and summarises itself in a short fragment such as
 * {@code add column users.email}.
 */
public sealed interface Change extends java.io.Serializable {

    StatementClass statementClass();

    String summary();

    // ---------------------------------------------------------------- tables

    record CreateTable(Name table, List<ColumnDef> columns, List<ConstraintDef> constraints,
                       boolean ifNotExists, boolean temporary, boolean asSelect) implements Change {
        public CreateTable {
            columns = List.copyOf(columns);
            constraints = List.copyOf(constraints);
        }
        public StatementClass statementClass() { return StatementClass.ADDITIVE; }
        public String summary() { return "create table " + table; }
    }

    record DropTable(Name table, boolean ifExists, boolean cascade) implements Change {
        public StatementClass statementClass() { return StatementClass.DESTRUCTIVE; }
        public String summary() { return "drop table " + table; }
    }

    record RenameTable(Name from, Name to) implements Change {
        public StatementClass statementClass() { return StatementClass.DESTRUCTIVE; }
        public String summary() { return "rename table " + from + " to " + to; }
    }

    record Truncate(List<Name> tables, boolean cascade) implements Change {
        public Truncate { tables = List.copyOf(tables); }
        public StatementClass statementClass() { return StatementClass.DESTRUCTIVE; }
        public String summary() { return "truncate " + joined(tables); }
    }

    /** MySQL table options and other table-level settings: ENGINE, CHARSET conversion, ALGORITHM, LOCK, ... */
    record AlterTableOption(Name table, String option, String value) implements Change {
        public StatementClass statementClass() { return StatementClass.NEUTRAL; }
        public String summary() {
            return "set " + option.toLowerCase(Locale.ROOT) + (value == null ? "" : "=" + value) + " on " + table;
        }
    }

    // ---------------------------------------------------------------- columns

    /**
     * ADD COLUMN. {@code position} is MySQL's {@code FIRST} or {@code AFTER <column>} as written (upper-case
     * keyword), or null when the column goes at the end.
     */
    record AddColumn(Name table, ColumnDef column, boolean ifNotExists, String position) implements Change {
        public AddColumn(Name table, ColumnDef column, boolean ifNotExists) {
            this(table, column, ifNotExists, null);
        }
        public StatementClass statementClass() {
            return column.requiredOnInsert() ? StatementClass.NARROWING : StatementClass.ADDITIVE;
        }
        public String summary() {
            return "add " + (column.requiredOnInsert() ? "required " : "") + "column " + table + "." + column.name();
        }
    }

    record DropColumn(Name table, String column, boolean ifExists, boolean cascade) implements Change {
        public StatementClass statementClass() { return StatementClass.DESTRUCTIVE; }
        public String summary() { return "drop column " + table + "." + column; }
    }

    record RenameColumn(Name table, String from, String to) implements Change {
        public StatementClass statementClass() { return StatementClass.DESTRUCTIVE; }
        public String summary() { return "rename column " + table + "." + from + " to " + to; }
    }

    /** PostgreSQL ALTER COLUMN TYPE (or SET DATA TYPE); {@code using} is the USING expression or null. */
    record AlterColumnType(Name table, String column, DataType type, String using) implements Change {
        public StatementClass statementClass() { return StatementClass.NARROWING; }
        public String summary() { return "change type of " + table + "." + column + " to " + type; }
    }

    /**
     * MySQL MODIFY / CHANGE COLUMN: the column is defined anew (type, nullability, default all at once).
     * {@code oldName} differs from {@code column.name()} for a CHANGE that renames.
     */
    record RedefineColumn(Name table, String oldName, ColumnDef column) implements Change {
        public boolean renames() { return !oldName.equals(column.name()); }
        public StatementClass statementClass() {
            return renames() ? StatementClass.DESTRUCTIVE : StatementClass.NARROWING;
        }
        public String summary() {
            return renames()
                    ? "rename column " + table + "." + oldName + " to " + column.name() + " as " + column.type()
                    : "redefine column " + table + "." + oldName + " as " + column.type()
                            + (column.notNull() ? " not null" : "");
        }
    }

    record SetNotNull(Name table, String column) implements Change {
        public StatementClass statementClass() { return StatementClass.NARROWING; }
        public String summary() { return "set not null on " + table + "." + column; }
    }

    record DropNotNull(Name table, String column) implements Change {
        public StatementClass statementClass() { return StatementClass.NEUTRAL; }
        public String summary() { return "drop not null on " + table + "." + column; }
    }

    record SetDefault(Name table, String column, String expression) implements Change {
        public StatementClass statementClass() { return StatementClass.NEUTRAL; }
        public String summary() { return "set default on " + table + "." + column; }
    }

    record DropDefault(Name table, String column) implements Change {
        public StatementClass statementClass() { return StatementClass.NARROWING; }
        public String summary() { return "drop default on " + table + "." + column; }
    }

    // ---------------------------------------------------------------- constraints

    record AddConstraint(Name table, ConstraintDef constraint, boolean notValid) implements Change {
        public StatementClass statementClass() { return StatementClass.NARROWING; }
        public String summary() {
            return "add " + constraint.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + (constraint.name() == null ? "" : " " + constraint.name()) + " on " + table
                    + (constraint.columns().isEmpty() ? "" : "(" + String.join(", ", constraint.columns()) + ")")
                    + (notValid ? " not valid" : "");
        }
    }

    /** {@code kind} is null when the statement does not say (PostgreSQL DROP CONSTRAINT name). */
    record DropConstraint(Name table, String name, ConstraintDef.Kind kind, boolean ifExists) implements Change {
        public StatementClass statementClass() { return StatementClass.NEUTRAL; }
        public String summary() {
            String what = kind == null ? "constraint" : kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            return "drop " + what + (name == null ? "" : " " + name) + " on " + table;
        }
    }

    record ValidateConstraint(Name table, String name) implements Change {
        public StatementClass statementClass() { return StatementClass.NARROWING; }
        public String summary() { return "validate constraint " + name + " on " + table; }
    }

    record RenameConstraint(Name table, String from, String to) implements Change {
        public StatementClass statementClass() { return StatementClass.NEUTRAL; }
        public String summary() { return "rename constraint " + from + " on " + table + " to " + to; }
    }

    // ---------------------------------------------------------------- indexes

    /** {@code table} is null only when the statement does not name it. {@code name} may be null (MySQL). */
    record CreateIndex(String name, Name table, List<String> columns, boolean unique, boolean concurrently,
                       boolean ifNotExists, String method) implements Change {
        public CreateIndex { columns = List.copyOf(columns); }
        public StatementClass statementClass() {
            return unique ? StatementClass.NARROWING : StatementClass.ADDITIVE;
        }
        public String summary() {
            return "create " + (unique ? "unique " : "") + "index " + (name == null ? "" : name + " ") + "on " + table
                    + (columns.isEmpty() ? "" : "(" + String.join(", ", columns) + ")");
        }
    }

    /** {@code table} is null when the statement does not name it (PostgreSQL). */
    record DropIndex(Name name, Name table, boolean concurrently, boolean ifExists) implements Change {
        public StatementClass statementClass() { return StatementClass.NEUTRAL; }
        public String summary() { return "drop index " + name + (table == null ? "" : " on " + table); }
    }

    record RenameIndex(Name table, Name from, String to) implements Change {
        public StatementClass statementClass() { return StatementClass.NEUTRAL; }
        public String summary() { return "rename index " + from + " to " + to; }
    }

    record Reindex(String target, boolean concurrently) implements Change {
        public StatementClass statementClass() { return StatementClass.NEUTRAL; }
        public String summary() { return "reindex " + target; }
    }

    // ---------------------------------------------------------------- other objects

    /** CREATE [OR REPLACE] of a view, function, trigger, sequence, type, schema, extension, ... */
    record CreateObject(ObjectKind kind, Name name, boolean orReplace, boolean ifNotExists) implements Change {
        public StatementClass statementClass() { return StatementClass.ADDITIVE; }
        public String summary() {
            return (orReplace ? "create or replace " : "create ") + kind.label() + " " + name;
        }
    }

    record DropObject(ObjectKind kind, Name name, boolean ifExists, boolean cascade) implements Change {
        public StatementClass statementClass() {
            return kind.usedByCode() ? StatementClass.DESTRUCTIVE : StatementClass.NEUTRAL;
        }
        public String summary() { return "drop " + kind.label() + " " + name; }
    }

    record RenameObject(ObjectKind kind, Name from, Name to) implements Change {
        public StatementClass statementClass() {
            return kind.usedByCode() ? StatementClass.DESTRUCTIVE : StatementClass.NEUTRAL;
        }
        public String summary() { return "rename " + kind.label() + " " + from + " to " + to; }
    }

    /** An ALTER of an object other than a table that changes nothing code depends on (owner, options). */
    record AlterObject(ObjectKind kind, Name name, String action) implements Change {
        public StatementClass statementClass() { return StatementClass.NEUTRAL; }
        public String summary() { return "alter " + kind.label() + " " + name + (action == null ? "" : " " + action); }
    }

    record CreateEnumType(Name type, List<String> values) implements Change {
        public CreateEnumType { values = List.copyOf(values); }
        public StatementClass statementClass() { return StatementClass.ADDITIVE; }
        public String summary() { return "create enum type " + type; }
    }

    record AddEnumValue(Name type, String value, boolean ifNotExists) implements Change {
        public StatementClass statementClass() { return StatementClass.ADDITIVE; }
        public String summary() { return "add value '" + value + "' to enum " + type; }
    }

    record RenameEnumValue(Name type, String from, String to) implements Change {
        public StatementClass statementClass() { return StatementClass.DESTRUCTIVE; }
        public String summary() { return "rename value '" + from + "' of enum " + type + " to '" + to + "'"; }
    }

    // ---------------------------------------------------------------- rows

    enum RowOp { INSERT, UPDATE, DELETE, MERGE, UPSERT, REPLACE, COPY, CALL }

    /** A change to rows; {@code table} is null for CALL and for statements whose target is not a table. */
    record RowChange(RowOp op, Name table, boolean hasWhere) implements Change {
        public StatementClass statementClass() { return StatementClass.DATA; }
        public String summary() {
            return op.name().toLowerCase(Locale.ROOT) + (table == null ? "" : (op == RowOp.INSERT ? " into " : " ") + table);
        }
    }

    // ---------------------------------------------------------------- session and transactions

    enum Scope { SESSION, LOCAL, GLOBAL }

    /** SET name = value (PostgreSQL SET / SET LOCAL, MySQL SET [SESSION|GLOBAL], set_config). Name lower case. */
    record SessionSetting(String name, String value, Scope scope) implements Change {
        public StatementClass statementClass() { return StatementClass.NEUTRAL; }
        public String summary() {
            return "set " + (scope == Scope.SESSION ? "" : scope.name().toLowerCase(Locale.ROOT) + " ") + name
                    + (value == null ? "" : " = " + value);
        }
    }

    enum TxOp { BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE, ROLLBACK_TO }

    record TransactionControl(TxOp op) implements Change {
        public StatementClass statementClass() { return StatementClass.NEUTRAL; }
        public String summary() { return op.name().toLowerCase(Locale.ROOT).replace('_', ' '); }
    }

    record LockTable(List<Name> tables, String mode) implements Change {
        public LockTable { tables = List.copyOf(tables); }
        public StatementClass statementClass() { return StatementClass.NEUTRAL; }
        public String summary() { return "lock " + joined(tables) + (mode == null ? "" : " in " + mode.toLowerCase(Locale.ROOT) + " mode"); }
    }

    /**
     * A statement with no effect on what code can do: COMMENT ON, ANALYZE, VACUUM, GRANT, REVOKE,
     * SELECT, SHOW, CHECKPOINT, ... {@code verb} is its leading keywords in lower case, {@code target}
     * the object it names or null.
     */
    record Neutral(String verb, Name target) implements Change {
        public StatementClass statementClass() { return StatementClass.NEUTRAL; }
        public String summary() { return verb + (target == null ? "" : " " + target); }
    }

    /**
     * A procedural block run at migration time (PostgreSQL DO, MySQL anonymous compound statement):
     * {@code inner} holds the changes rollsafe recognised inside it; the block is as severe as those.
     */
    record ProceduralBlock(List<Change> inner) implements Change {
        public ProceduralBlock { inner = List.copyOf(inner); }
        public StatementClass statementClass() {
            StatementClass c = StatementClass.NEUTRAL;
            for (Change ch : inner) {
                if (ch.statementClass() != StatementClass.UNKNOWN) {
                    c = c.max(ch.statementClass());
                }
            }
            return c;
        }
        public String summary() {
            return inner.isEmpty() ? "procedural block"
                    : "procedural block: " + inner.stream().map(Change::summary).collect(Collectors.joining("; "));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String joined(List<Name> names) {
        return names.stream().map(Name::toString).collect(Collectors.joining(", "));
    }
}
