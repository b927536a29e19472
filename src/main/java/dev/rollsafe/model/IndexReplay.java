package dev.rollsafe.model;

import dev.rollsafe.model.UnknownReference.What;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Replays CREATE, DROP and RENAME of indexes, with PostgreSQL's schema-wide and MySQL's per-table names. */
final class IndexReplay {

    private final Replay r;

    IndexReplay(Replay replay) {
        this.r = replay;
    }

    void createIndex(Change.CreateIndex ci) {
        if (ci.table() == null) {
            r.unknown(What.INDEX, null, ci.name() == null ? "(unnamed)" : ci.name(), ci);
            return;
        }
        Table t = r.alterTarget(ci.table(), ci);
        String name = ci.name() != null ? ci.name()
                : DefaultNames.index(r.dialect, t, ci.columns(), r.indexNameTaken(t));
        Table owner = r.dialect.isMySqlFamily() ? t : indexOwner(null, name);
        if (owner != null && owner.index(name).isPresent()) {
            if (ci.ifNotExists()) {
                return;
            }
            r.put(owner.withoutIndexAndConstraint(owner.index(name).get()));
            t = r.table(ci.table());
        }
        r.put(t.withIndex(new IndexInfo(name, t.name(), ci.columns(), ci.unique(), ci.method(), null)));
    }

    void dropIndex(Change.DropIndex di) {
        String name = di.name().name();
        Table t = di.table() != null ? r.alterTarget(di.table(), di) : indexOwner(null, name);
        Optional<IndexInfo> idx = t == null ? Optional.empty() : t.index(name);
        if (idx.isEmpty()) {
            if (!di.ifExists() && (t == null || t.known())) {
                r.unknown(What.INDEX, t == null ? null : t.name(), name, di);
            }
            return;
        }
        r.put(t.withoutIndexAndConstraint(idx.get()));
    }

    void renameIndex(Change.RenameIndex ri) {
        String from = ri.from().name();
        Table t = ri.table() != null ? r.alterTarget(ri.table(), ri) : indexOwner(null, from);
        Optional<IndexInfo> idx = t == null ? Optional.empty() : t.index(from);
        if (idx.isEmpty()) {
            if (t == null || t.known()) {
                r.unknown(What.INDEX, t == null ? null : t.name(), from, ri);
            }
            return;
        }
        if (!from.equals(ri.to())) {
            t = r.freeIndexName(t, ri.to());
            if (idx.get().backsConstraint()) {
                t = t.withoutConstraintAndIndex(ri.to());
            }
        }
        if (idx.get().backsConstraint()) {
            r.put(t.withConstraintAndIndexRenamed(idx.get().constraint(), ri.to()));
        } else {
            r.put(t.withIndexes(t.indexes().stream().map(i -> i.name().equals(from) ? i.withName(ri.to()) : i).toList()));
        }
    }

    /**
     * The table holding an index: the named table; else in PostgreSQL the owner of that schema-wide name;
     * else in MySQL the one table with an index of that name (null when none or several).
     */
    Table indexOwner(Name table, String index) {
        if (table != null) {
            return r.table(table);
        }
        if (!r.dialect.isMySqlFamily()) {
            String k = r.indexOwners.get(index);
            return k == null ? null : r.tables.get(k);
        }
        List<Table> found = new ArrayList<>();
        r.tables.forEach((k, t) -> {
            if (t.index(index).isPresent()) {
                found.add(t);
            }
        });
        return found.size() == 1 ? found.get(0) : null;
    }
}
