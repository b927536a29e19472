package dev.rollsafe.parse;

import dev.rollsafe.model.Name;
import dev.rollsafe.parse.QueryReference.Usage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.WindowDefinition;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.ReturningClause;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.insert.InsertConflictAction;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.LateralSubSelect;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.TableFunction;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;
import net.sf.jsqlparser.statement.upsert.Upsert;

/**
 * Walks one parsed DML statement and resolves every table and column it names to a real table, through
 * aliases, joins, subqueries (correlated ones see the outer levels) and CTEs (whose columns belong to no
 * table). One walker per statement; every reference carries the statement's kind.
 */
final class QueryWalker {
    /** Words that parse as columns but are values or keywords. */
    private static final Set<String> NOT_COLUMNS = Set.of("true", "false", "null", "default", "current_date",
            "current_time", "current_timestamp", "current_user", "session_user", "localtime", "localtimestamp",
            "now");

    private final Set<QueryReference> out = new LinkedHashSet<>();
    private Usage usage = Usage.SELECT;
    private int depth;
    private boolean jpql;

    /**
     * True once the statement showed itself to be JPQL/HQL rather than SQL: an alias used as a value
     * ({@code SELECT u FROM User u}) or a join along a path ({@code JOIN u.roles r}). Its names are entities
     * and fields, not tables and columns. A path ({@code a.target.id}) counts too.
     */
    boolean isJpql() {
        return jpql;
    }

    /** The references of a statement, or null when it is not a query this walker reads. */
    List<QueryReference> walk(Statement st) {
        if (st instanceof Insert ins) {
            usage = Usage.INSERT;
            insert(ins);
        } else if (st instanceof Upsert ups) {
            usage = Usage.INSERT;
            upsert(ups);
        } else if (st instanceof Update up) {
            usage = Usage.UPDATE;
            update(up);
        } else if (st instanceof Delete del) {
            usage = Usage.DELETE;
            delete(del);
        } else if (st instanceof Select sel) {
            usage = Usage.SELECT;
            select(sel, null, Set.of());
        } else {
            return null;
        }
        return certainFirst();
    }

    /** Drops an uncertain reference when the same column of the same table is also certain. */
    private List<QueryReference> certainFirst() {
        Set<String> certain = new HashSet<>();
        for (QueryReference r : out) {
            if (r.columnCertain()) {
                certain.add(r.table() + "\u0000" + r.column());
            }
        }
        List<QueryReference> list = new ArrayList<>();
        for (QueryReference r : out) {
            if (r.columnCertain() || !certain.contains(r.table() + "\u0000" + r.column())) {
                list.add(r);
            }
        }
        return list;
    }

    // ---- statements

    private Set<String> withItems(List<WithItem<?>> items, QueryScope parent, Set<String> ctes) {
        if (items == null || items.isEmpty()) {
            return ctes;
        }
        Set<String> visible = new HashSet<>(ctes);
        for (WithItem<?> w : items) {
            String name = w.getAlias() == null ? null : Name.ident(w.getAlias().getName());
            if (name != null && w.isRecursive()) {
                visible.add(name);
            }
            Object inner = w.getStatement();
            if (inner instanceof ParenthesedSelect ps) {
                select(ps, parent, Set.copyOf(visible));
            } else if (inner instanceof Statement s) {
                new QueryWalker().walkNested(s, this);
            }
            if (name != null) {
                visible.add(name);
            }
        }
        return Set.copyOf(visible);
    }

    /** A data-modifying CTE (PostgreSQL {@code WITH x AS (UPDATE ...)}): its own kind, same output. */
    private void walkNested(Statement st, QueryWalker into) {
        Statement s = st;
        if (s instanceof net.sf.jsqlparser.statement.update.ParenthesedUpdate pu) {
            s = pu.getUpdate();
        } else if (s instanceof net.sf.jsqlparser.statement.insert.ParenthesedInsert pi) {
            s = pi.getInsert();
        } else if (s instanceof net.sf.jsqlparser.statement.delete.ParenthesedDelete pd) {
            s = pd.getDelete();
        }
        List<QueryReference> refs = walk(s);
        if (refs != null) {
            into.out.addAll(refs);
        }
        into.jpql |= jpql;
    }

    private void select(Select sel, QueryScope parent, Set<String> ctes) {
        if (sel == null || ++depth > 200) {
            return;
        }
        Set<String> visible = withItems(sel.getWithItemsList(), parent, ctes);
        if (sel instanceof PlainSelect ps) {
            plain(ps, parent, visible);
        } else if (sel instanceof SetOperationList set) {
            for (Select s : set.getSelects()) {
                select(s, parent, visible);
            }
        } else if (sel instanceof ParenthesedSelect p) {
            select(p.getSelect(), parent, visible);
        } else if (sel instanceof Values v) {
            expression(v.getExpressions(), new QueryScope(parent, visible));
        }
        depth--;
    }

    private void plain(PlainSelect ps, QueryScope parent, Set<String> ctes) {
        QueryScope scope = new QueryScope(parent, ctes);
        List<FromItem> deferred = new ArrayList<>();
        from(ps.getFromItem(), scope, deferred);
        joins(ps.getJoins(), scope, deferred);
        subqueries(deferred, scope);
        for (SelectItem<?> item : ps.getSelectItems()) {
            expression(item.getExpression(), scope);
        }
        expression(ps.getWhere(), scope);
        joinConditions(ps.getJoins(), scope);
        for (SelectItem<?> item : ps.getSelectItems()) {
            if (item.getAlias() != null) {
                scope.selectAliases.add(Name.ident(item.getAlias().getName())); // from here on
            }
        }
        if (ps.getGroupBy() != null) {
            expression(ps.getGroupBy().getGroupByExpressionList(), scope);
        }
        expression(ps.getHaving(), scope);
        expression(ps.getQualify(), scope);
        orderBy(ps.getOrderByElements(), scope);
        if (ps.getWindowDefinitions() != null) {
            for (WindowDefinition w : ps.getWindowDefinitions()) {
                expressions(w.getAllExpressions(), scope);
            }
        }
    }

    private void insert(Insert ins) {
        Set<String> ctes = withItems(ins.getWithItemsList(), null, Set.of());
        String target = table(ins.getTable(), ctes);
        QueryScope scope = new QueryScope(null, ctes);
        bindTarget(ins.getTable(), target, scope);
        if (ins.getColumns() != null) {
            for (Column c : ins.getColumns()) {
                targetColumn(c, target, scope);
            }
        }
        if (ins.getSelect() != null) {
            select(ins.getSelect(), null, ctes);
        }
        updateSets(ins.getSetUpdateSets(), target, scope);
        updateSets(ins.getDuplicateUpdateSets(), target, scope);
        if (ins.getConflictTarget() != null && target != null) {
            for (String col : ins.getConflictTarget().getIndexColumnNames()) {
                column(target, Name.ident(col), true);
            }
        }
        InsertConflictAction action = ins.getConflictAction();
        if (action != null) {
            QueryScope conflict = new QueryScope(null, ctes);
            bindTarget(ins.getTable(), target, conflict);
            if (target != null) {
                conflict.bind("excluded", target);
            }
            updateSets(action.getUpdateSets(), target, conflict);
            expression(action.getWhereExpression(), conflict);
        }
        returning(ins.getReturningClause(), scope);
    }

    private void upsert(Upsert ups) {
        String target = table(ups.getTable(), Set.of());
        QueryScope scope = new QueryScope(null, Set.of());
        bindTarget(ups.getTable(), target, scope);
        if (ups.getColumns() != null) {
            for (Column c : ups.getColumns()) {
                targetColumn(c, target, scope);
            }
        }
        if (ups.getSelect() != null) {
            select(ups.getSelect(), null, Set.of());
        }
        updateSets(ups.getUpdateSets(), target, scope);
        updateSets(ups.getDuplicateUpdateSets(), target, scope);
    }

    private void update(Update up) {
        Set<String> ctes = withItems(up.getWithItemsList(), null, Set.of());
        QueryScope scope = new QueryScope(null, ctes);
        List<FromItem> deferred = new ArrayList<>();
        from(up.getTable(), scope, deferred);
        String target = table(up.getTable(), ctes);
        joins(up.getStartJoins(), scope, deferred);
        from(up.getFromItem(), scope, deferred);
        joins(up.getJoins(), scope, deferred);
        subqueries(deferred, scope);
        updateSets(up.getUpdateSets(), target, scope);
        expression(up.getWhere(), scope);
        joinConditions(up.getStartJoins(), scope);
        joinConditions(up.getJoins(), scope);
        orderBy(up.getOrderByElements(), scope);
        returning(up.getReturningClause(), scope);
    }

    private void delete(Delete del) {
        Set<String> ctes = withItems(del.getWithItemsList(), null, Set.of());
        QueryScope scope = new QueryScope(null, ctes);
        List<FromItem> deferred = new ArrayList<>();
        from(del.getTable(), scope, deferred);
        if (del.getUsingFromItemList() != null) {
            for (FromItem f : del.getUsingFromItemList()) {
                from(f, scope, deferred);
            }
        } else if (del.getUsingList() != null) {
            for (Table t : del.getUsingList()) {
                from(t, scope, deferred);
            }
        }
        joins(del.getJoins(), scope, deferred);
        subqueries(deferred, scope);
        expression(del.getWhere(), scope);
        joinConditions(del.getJoins(), scope);
        orderBy(del.getOrderByElements(), scope);
        returning(del.getReturningClause(), scope);
    }

    // ---- FROM items and scopes

    private void joins(List<Join> joins, QueryScope scope, List<FromItem> deferred) {
        if (joins == null) {
            return;
        }
        for (Join j : joins) {
            from(j.getRightItem(), scope, deferred);
        }
    }

    private void joinConditions(List<Join> joins, QueryScope scope) {
        if (joins == null) {
            return;
        }
        for (Join j : joins) {
            if (j.getOnExpressions() != null) {
                expressions(j.getOnExpressions(), scope);
            }
            if (j.getUsingColumns() != null) {
                for (Column c : j.getUsingColumns()) {
                    unqualified(Name.ident(c.getColumnName()), scope);
                }
            }
        }
    }

    /** Binds a FROM item; subqueries are walked once every sibling is bound (LATERAL ones see them). */
    private void from(FromItem item, QueryScope scope, List<FromItem> deferred) {
        if (item == null) {
            return;
        }
        Alias alias = item.getAlias();
        String aliasName = alias == null ? null : Name.ident(alias.getName());
        if (item instanceof Table t) {
            if (t.getSchemaName() != null && scope.isAlias(Name.ident(t.getSchemaName()))) {
                jpql = true;
            }
            String real = table(t, scope.ctes);
            String key = aliasName != null ? aliasName : t.getName() == null ? null : Name.ident(t.getName());
            if (key != null) {
                scope.bind(key, real == null ? QueryScope.DERIVED : real);
            }
            if (aliasName != null) {
                scope.aliases.add(aliasName);
            }
        } else if (item instanceof ParenthesedFromItem pf) {
            from(pf.getFromItem(), scope, deferred);
            joins(pf.getJoins(), scope, deferred);
            deferred.add(pf);
        } else {
            if (aliasName != null) {
                scope.bind(aliasName, QueryScope.DERIVED);
            }
            deferred.add(item);
        }
    }

    private void subqueries(List<FromItem> deferred, QueryScope scope) {
        for (FromItem item : deferred) {
            if (item instanceof LateralSubSelect lateral) {
                select(lateral.getSelect(), scope, scope.ctes);
            } else if (item instanceof ParenthesedSelect ps) {
                select(ps, scope.parent, scope.ctes);
            } else if (item instanceof ParenthesedFromItem pf) {
                joinConditions(pf.getJoins(), scope);
            } else if (item instanceof TableFunction tf) {
                expression(tf.getFunction(), scope);
            }
        }
    }

    /** The real table a FROM table names, after emitting its table reference; null for a CTE or placeholder. */
    private String table(Table t, Set<String> ctes) {
        if (t == null || t.getName() == null) {
            return null;
        }
        String name = Name.ident(t.getName());
        if (name.isEmpty() || name.contains(QueryReferences.PLACEHOLDER)
                || (t.getSchemaName() == null && ctes.contains(name)) || name.equals("dual")) {
            return null;
        }
        out.add(new QueryReference(name, null, usage, true));
        return name;
    }

    private void bindTarget(Table t, String target, QueryScope scope) {
        if (t == null || t.getName() == null) {
            return;
        }
        String value = target == null ? QueryScope.DERIVED : target;
        scope.bind(Name.ident(t.getName()), value);
        if (t.getAlias() != null) {
            scope.bind(Name.ident(t.getAlias().getName()), value);
        }
    }

    // ---- columns

    /** A column in a target list (INSERT columns, SET): unqualified ones belong to the target. */
    private void targetColumn(Column c, String target, QueryScope scope) {
        if (c.getTable() != null && c.getTable().getName() != null) {
            resolve(c, scope);
        } else if (target != null) {
            column(target, Name.ident(c.getColumnName()), true);
        }
    }

    private void updateSets(List<UpdateSet> sets, String target, QueryScope scope) {
        if (sets == null) {
            return;
        }
        for (UpdateSet s : sets) {
            for (Column c : s.getColumns()) {
                targetColumn(c, target, scope);
            }
            expression(s.getValues(), scope);
        }
    }

    private void returning(ReturningClause r, QueryScope scope) {
        if (r == null) {
            return;
        }
        for (SelectItem<?> item : r) {
            expression(item.getExpression(), scope);
        }
    }

    private void orderBy(List<OrderByElement> elements, QueryScope scope) {
        if (elements == null) {
            return;
        }
        for (OrderByElement e : elements) {
            expression(e.getExpression(), scope);
        }
    }

    private void resolve(Column c, QueryScope scope) {
        String name = c.getColumnName() == null ? null : Name.ident(c.getColumnName());
        if (name == null || name.isEmpty() || name.contains(QueryReferences.PLACEHOLDER)) {
            return;
        }
        Table t = c.getTable();
        if (t != null && t.getSchemaName() != null && scope.isAlias(Name.ident(t.getSchemaName()))) {
            jpql = true; // a path: a.target.id
            return;
        }
        if (t != null && t.getName() != null) {
            String real = scope.lookup(Name.ident(t.getName()));
            if (real != null && !real.equals(QueryScope.DERIVED)) {
                column(real, name, true);
            }
            return;
        }
        if (NOT_COLUMNS.contains(name) || scope.selectAliases.contains(name)) {
            return;
        }
        if (scope.isAlias(name)) {
            jpql = true;
        }
        unqualified(name, scope);
    }

    /** An unqualified column: of the only table in the innermost level with tables, else of any of them. */
    private void unqualified(String name, QueryScope scope) {
        QueryScope level = scope.nearestWithBindings();
        if (level == null) {
            return;
        }
        Collection<String> tables = level.bindings.values();
        if (tables.size() == 1) {
            String only = tables.iterator().next();
            if (!only.equals(QueryScope.DERIVED)) {
                column(only, name, true);
            }
            return;
        }
        for (String t : new LinkedHashSet<>(tables)) {
            if (!t.equals(QueryScope.DERIVED)) {
                column(t, name, false);
            }
        }
    }

    private void column(String table, String column, boolean certain) {
        out.add(new QueryReference(table, column, usage, certain));
    }

    // ---- expressions

    private void expressions(Collection<? extends Expression> list, QueryScope scope) {
        if (list != null) {
            for (Expression e : list) {
                expression(e, scope);
            }
        }
    }

    private void expression(Expression e, QueryScope scope) {
        if (e != null) {
            e.accept(new Columns(), scope);
        }
    }

    /** Finds the columns and subqueries inside an expression; the scope rides along as the context. */
    private final class Columns extends ExpressionVisitorAdapter<Void> {
        @Override
        public <S> Void visit(Column column, S context) {
            resolve(column, (QueryScope) context);
            return null;
        }

        @Override
        public <S> Void visit(Select sub, S context) {
            QueryScope scope = (QueryScope) context;
            select(sub, scope, scope.ctes);
            return null;
        }

        @Override
        public <S> Void visit(ParenthesedSelect sub, S context) {
            QueryScope scope = (QueryScope) context;
            select(sub, scope, scope.ctes);
            return null;
        }
    }
}
