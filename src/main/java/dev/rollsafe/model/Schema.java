package dev.rollsafe.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The database schema as replayed from migrations, without a database. Immutable: {@link #apply}
 * returns a new schema. (Minimal first version: tables and columns; replaced by the full replay.)
 */
public final class Schema {
    private final Dialect dialect;
    private final Map<Name, Table> tables;

    private Schema(Dialect dialect, Map<Name, Table> tables) {
        this.dialect = dialect;
        this.tables = tables;
    }

    public static Schema empty(Dialect dialect) {
        return new Schema(dialect, Map.of());
    }

    public Dialect dialect() {
        return dialect;
    }

    public Optional<Table> table(Name name) {
        return Optional.ofNullable(tables.get(name.unqualified()));
    }

    public boolean hasTable(Name name) {
        return tables.containsKey(name.unqualified());
    }

    public Collection<Table> tables() {
        return tables.values();
    }

    public Schema apply(Statement statement) {
        Schema s = this;
        for (Change c : statement.changes()) {
            s = s.apply(c);
        }
        return s;
    }

    public Schema apply(Change change) {
        if (change instanceof Change.CreateTable ct) {
            Map<Name, Table> next = new LinkedHashMap<>(tables);
            next.put(ct.table().unqualified(), new Table(ct.table(), ct.columns(), ct.constraints()));
            return new Schema(dialect, next);
        }
        if (change instanceof Change.DropTable dt) {
            Map<Name, Table> next = new LinkedHashMap<>(tables);
            next.remove(dt.table().unqualified());
            return new Schema(dialect, next);
        }
        return this;
    }
}
