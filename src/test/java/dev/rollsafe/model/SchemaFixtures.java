package dev.rollsafe.model;

import java.util.List;

/** Short builders for change records, so schema tests read like the migrations they replay. */
final class SchemaFixtures {

    private SchemaFixtures() {
    }

    static Schema pg() {
        return Schema.empty(Dialect.POSTGRESQL);
    }

    static Schema mysql() {
        return Schema.empty(Dialect.MYSQL);
    }

    static Schema replay(Schema start, Change... changes) {
        Schema s = start;
        for (Change c : changes) {
            s = s.apply(c);
        }
        return s;
    }

    static Name n(String name) {
        return Name.parse(name);
    }

    static ColumnDef col(String name, String type) {
        return new ColumnDef(name, DataType.of(type), false, null, false, false, false, null);
    }

    static ColumnDef notNull(String name, String type) {
        return col(name, type).withNotNull(true);
    }

    static ColumnDef pkCol(String name, String type) {
        return new ColumnDef(name, DataType.of(type), false, null, true, false, false, null);
    }

    static ColumnDef uniqueCol(String name, String type) {
        return new ColumnDef(name, DataType.of(type), false, null, false, true, false, null);
    }

    static ColumnDef refCol(String name, String type, String refTable) {
        return new ColumnDef(name, DataType.of(type), false, null, false, false, false, Name.parse(refTable));
    }

    static Change.CreateTable create(String table, ColumnDef... columns) {
        return new Change.CreateTable(n(table), List.of(columns), List.of(), false, false, false);
    }

    static Change.CreateTable create(String table, List<ColumnDef> columns, ConstraintDef... constraints) {
        return new Change.CreateTable(n(table), columns, List.of(constraints), false, false, false);
    }

    static ConstraintDef pk(String name, String... columns) {
        return new ConstraintDef(name, ConstraintDef.Kind.PRIMARY_KEY, List.of(columns), null, null, null, null);
    }

    static ConstraintDef unique(String name, String... columns) {
        return new ConstraintDef(name, ConstraintDef.Kind.UNIQUE, List.of(columns), null, null, null, null);
    }

    static ConstraintDef check(String name, String expression, String... columns) {
        return new ConstraintDef(name, ConstraintDef.Kind.CHECK, List.of(columns), null, null, expression, null);
    }

    static ConstraintDef notNullConstraint(String name, String column) {
        return new ConstraintDef(name, ConstraintDef.Kind.NOT_NULL, List.of(column), null, null, null, null);
    }

    static ConstraintDef fk(String name, String column, String refTable, String refColumn) {
        return new ConstraintDef(name, ConstraintDef.Kind.FOREIGN_KEY, List.of(column), Name.parse(refTable),
                List.of(refColumn), null, null);
    }

    static Change.AddConstraint addConstraint(String table, ConstraintDef c) {
        return new Change.AddConstraint(n(table), c, false);
    }

    static Change.AddConstraint addNotValid(String table, ConstraintDef c) {
        return new Change.AddConstraint(n(table), c, true);
    }

    static Change.CreateIndex index(String name, String table, String... columns) {
        return new Change.CreateIndex(name, n(table), List.of(columns), false, false, false, null);
    }

    static Change.CreateIndex uniqueIndex(String name, String table, String... columns) {
        return new Change.CreateIndex(name, n(table), List.of(columns), true, false, false, null);
    }

    static Change.AddColumn addColumn(String table, ColumnDef c) {
        return new Change.AddColumn(n(table), c, false);
    }

    static Change.DropColumn dropColumn(String table, String column) {
        return new Change.DropColumn(n(table), column, false, false);
    }

    static Change.RowChange insert(String table) {
        return new Change.RowChange(Change.RowOp.INSERT, n(table), false);
    }

    static Change.SessionSetting set(String name, String value, Change.Scope scope) {
        return new Change.SessionSetting(name, value, scope);
    }

    static Change.TransactionControl tx(Change.TxOp op) {
        return new Change.TransactionControl(op);
    }

    /** users(id bigint primary key, email varchar(255), name text) */
    static Change.CreateTable users() {
        return create("users", pkCol("id", "bigint"), col("email", "varchar"), col("name", "text"));
    }
}
