package dev.rollsafe.parse.python;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ColumnDef;
import dev.rollsafe.model.Comment;
import dev.rollsafe.model.ConstraintDef;
import dev.rollsafe.model.DataType;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Name;
import dev.rollsafe.model.Span;
import dev.rollsafe.model.Statement;
import dev.rollsafe.parse.LineIndex;
import dev.rollsafe.parse.RawStatement;
import dev.rollsafe.parse.Recognition;
import dev.rollsafe.parse.Recognizer;
import dev.rollsafe.parse.Splitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads Django migration files, in the order Django applies them, into statements: one per operation, located
 * at the operation's call, with the changes Django's schema editor makes for it. One reader carries the model
 * state from file to file (a RemoveField needs the column its AddField gave the field).
 */
public final class DjangoReader {
    private final Dialect dialect;
    private final DjangoState state = new DjangoState();
    private final Recognizer recognizer;

    public DjangoReader(Dialect dialect) {
        this.dialect = dialect;
        this.recognizer = new Recognizer(dialect);
    }

    /** The statements of one migration file of app {@code appLabel}; never throws on bad input. */
    public List<Statement> read(String text, String appLabel) {
        LineIndex lines = new LineIndex(text);
        PyModule module;
        try {
            module = PyModule.parse(text);
        } catch (PySyntaxError e) {
            return List.of(problem(text, lines, e.offset(), "not read as a Django migration: " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(problem(text, lines, 0, "not read as a Django migration: " + e.getClass().getSimpleName()));
        }
        PyModule.PyClass migration = module.migrationClass();
        if (migration == null) {
            return List.of(problem(text, lines, 0, "no Migration class"));
        }
        PyExpr ops = migration.body().get("operations");
        if (ops == null) {
            return List.of();
        }
        if (!(ops instanceof PyExpr.Seq seq)) {
            return List.of(problem(text, lines, ops.start(), "operations is not a list"));
        }
        List<Statement> out = new ArrayList<>();
        int from = 0;
        for (PyExpr op : seq.items()) {
            // the comments above an operation and inside it carry its directives (# rollsafe:ignore ...)
            List<Comment> comments = comments(text, lines, from, op.end());
            from = op.end();
            for (Statement st : statements(text, lines, op, appLabel)) {
                out.add(new Statement(st.text(), st.span(), comments, st.changes(), st.understood(), st.problem(),
                        st.deploy()));
            }
        }
        return out;
    }

    /** The {@code #} comments in {@code [from, to)} of the text, outside strings. */
    static List<Comment> comments(String text, LineIndex lines, int from, int to) {
        List<Comment> out = new ArrayList<>();
        String quote = null;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (quote != null) {
                if (c == '\\') {
                    i++;
                } else if (text.startsWith(quote, i)) {
                    i += quote.length() - 1;
                    quote = null;
                }
            } else if (c == '\'' || c == '"') {
                quote = text.startsWith(String.valueOf(c).repeat(3), i) ? String.valueOf(c).repeat(3) : String.valueOf(c);
                i += quote.length() - 1;
            } else if (c == '#') {
                int end = text.indexOf('\n', i);
                end = end < 0 || end > to ? Math.min(to, end < 0 ? text.length() : end) : end;
                String body = text.substring(i, end).stripTrailing();
                out.add(new Comment(body, lines.span(i, i + body.length()), false));
                i = end;
            }
        }
        return out;
    }

    private Statement problem(String text, LineIndex lines, int offset, String why) {
        int start = Math.min(Math.max(offset, 0), text.length());
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        Span span = lines.span(start, end);
        return new Statement(text.substring(start, end), span, List.of(), List.of(), false, why, true);
    }

    private List<Statement> statements(String text, LineIndex lines, PyExpr op, String app) {
        Span span = lines.span(op.start(), op.end());
        String opText = text.substring(op.start(), op.end());
        if (!(op instanceof PyExpr.Call call)) {
            return List.of(new Statement(opText, span, List.of(), List.of(), false, "an operation that is not a call",
                    true));
        }
        try {
            Outcome o = operation(call, app, true);
            int split = 0;
            while (split < o.changes.size() && !(o.changes.get(split) instanceof Change.CreateTable)) {
                split++;
            }
            if (!call.name().equals("CreateModel") || split >= o.changes.size() - 1) {
                return List.of(new Statement(opText, span, List.of(), o.changes, o.problem == null, o.problem, true));
            }
            // Django creates the table, then runs the model's index and constraint statements on the new table
            List<Statement> out = new ArrayList<>();
            out.add(new Statement(opText, span, List.of(), o.changes.subList(0, split + 1), o.problem == null,
                    o.problem, true));
            for (Change c : o.changes.subList(split + 1, o.changes.size())) {
                out.add(new Statement(opText, span, List.of(), List.of(c), true, null, true));
            }
            return out;
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(new Statement(opText, span, List.of(), List.of(), false,
                    "Django operation " + call.name() + " not understood: " + e.getClass().getSimpleName(), true));
        }
    }

    private static final class Outcome {
        final List<Change> changes = new ArrayList<>();
        String problem;
    }

    private Outcome operation(PyExpr.Call call, String app, boolean database) {
        Outcome o = new Outcome();
        List<Change> out = database ? o.changes : new ArrayList<>();
        switch (call.name()) {
            case "CreateModel" -> createModel(call, app, out);
            case "DeleteModel" -> {
                DjangoState.Model m = state.remove(app, str(call.arg("name", 0)));
                out.add(new Change.DropTable(Name.of(m != null ? m.table() : defaultTable(app, str(call.arg("name", 0)))),
                        false, false));
            }
            case "RenameModel" -> renameModel(call, app, out);
            case "AlterModelTable" -> {
                DjangoState.Model m = model(app, str(call.arg("name", 0)));
                String from = m.table();
                String to = DjangoFields.string(call.arg("table", 1));
                m.dbTable = to == null ? null : to.toLowerCase(Locale.ROOT);
                if (!from.equals(m.table())) {
                    out.add(new Change.RenameTable(Name.of(from), Name.of(m.table())));
                }
            }
            case "AddField" -> addField(call, app, out);
            case "RemoveField" -> {
                DjangoState.Model m = model(app, str(call.arg("model_name", 0)));
                String name = str(call.arg("name", 1));
                DjangoState.Field f = m.fields.remove(name);
                if (f != null && f.column() == null) {
                    out.add(new Change.DropTable(Name.of(m2mTable(m, name)), false, false));
                } else {
                    out.add(new Change.DropColumn(Name.of(m.table()), f != null ? f.column() : name, false, false));
                }
            }
            case "AlterField" -> alterField(call, app, out);
            case "RenameField" -> {
                DjangoState.Model m = model(app, str(call.arg("model_name", 0)));
                String from = str(call.arg("old_name", 1));
                String to = str(call.arg("new_name", 2));
                DjangoState.Field f = m.fields.remove(from);
                if (f == null) {
                    out.add(new Change.RenameColumn(Name.of(m.table()), from, to));
                } else {
                    String newColumn = f.column() == null ? null
                            : f.call().kw("db_column") != null ? f.column()
                            : DjangoFields.isForeignKey(f.cls()) ? to + "_id" : to;
                    m.fields.put(to, new DjangoState.Field(to, f.cls(), newColumn, f.type(), f.notNull(), f.dbDefault(),
                            f.primaryKey(), f.unique(), f.indexed(), f.target(), f.call()));
                    if (newColumn != null && !newColumn.equals(f.column())) {
                        out.add(new Change.RenameColumn(Name.of(m.table()), f.column(), newColumn));
                    }
                }
            }
            case "AddIndex", "AddIndexConcurrently" -> {
                DjangoState.Model m = model(app, str(call.arg("model_name", 0)));
                PyExpr.Call index = (PyExpr.Call) call.arg("index", 1);
                out.add(index(m, index, call.name().endsWith("Concurrently")));
            }
            case "RemoveIndex", "RemoveIndexConcurrently" -> {
                DjangoState.Model m = model(app, str(call.arg("model_name", 0)));
                out.add(new Change.DropIndex(Name.of(str(call.arg("name", 1)).toLowerCase(Locale.ROOT)),
                        Name.of(m.table()), call.name().endsWith("Concurrently"), false));
            }
            case "RenameIndex" -> {
                DjangoState.Model m = model(app, str(call.arg("model_name", 0)));
                String from = DjangoFields.string(call.kw("old_name"));
                String to = DjangoFields.string(call.kw("new_name"));
                if (from != null && to != null) {
                    out.add(new Change.RenameIndex(Name.of(m.table()), Name.of(from.toLowerCase(Locale.ROOT)),
                            to.toLowerCase(Locale.ROOT)));
                }
            }
            case "AddConstraint" -> {
                DjangoState.Model m = model(app, str(call.arg("model_name", 0)));
                out.add(constraint(m, (PyExpr.Call) call.arg("constraint", 1)));
            }
            case "RemoveConstraint" -> {
                DjangoState.Model m = model(app, str(call.arg("model_name", 0)));
                out.add(new Change.DropConstraint(Name.of(m.table()), str(call.arg("name", 1)).toLowerCase(Locale.ROOT),
                        null, false));
            }
            case "AlterUniqueTogether", "AlterIndexTogether" -> together(call, app, out);
            case "RunSQL" -> {
                runSql(call.arg("sql", 0), o, out);
                for (PyExpr inner : items(call.kw("state_operations"))) {
                    if (inner instanceof PyExpr.Call c) {
                        operation(c, app, false); // the models the SQL leaves, for the migrations after it
                    }
                }
            }
            case "RunPython" -> out.add(new Change.RowChange(Change.RowOp.UPDATE, null, true));
            case "SeparateDatabaseAndState" -> {
                for (PyExpr inner : items(call.arg("database_operations", 0))) {
                    if (inner instanceof PyExpr.Call c) {
                        Outcome io = operation(c, app, database);
                        out.addAll(io.changes);
                        o.problem = o.problem != null ? o.problem : io.problem;
                    }
                }
                // the state operations change what the models say, never the database
                for (PyExpr inner : items(call.arg("state_operations", 1))) {
                    if (inner instanceof PyExpr.Call c) {
                        Outcome io = operation(c, app, false);
                        o.problem = o.problem != null ? o.problem : io.problem;
                    }
                }
            }
            case "AlterModelOptions", "AlterModelManagers", "AlterModelTableComment", "AlterOrderWithRespectTo",
                 "CreateExtension", "BtreeGinExtension", "TrigramExtension", "HStoreExtension", "UnaccentExtension",
                 "CryptoExtension", "CITextExtension" -> extension(call, out);
            default -> o.problem = "unknown Django operation " + call.callee().dotted();
        }
        return o;
    }

    private void extension(PyExpr.Call call, List<Change> out) {
        String name = switch (call.name()) {
            case "CreateExtension" -> str(call.arg("name", 0));
            case "BtreeGinExtension" -> "btree_gin";
            case "TrigramExtension" -> "pg_trgm";
            case "HStoreExtension" -> "hstore";
            case "UnaccentExtension" -> "unaccent";
            case "CryptoExtension" -> "pgcrypto";
            case "CITextExtension" -> "citext";
            default -> null;
        };
        if (name != null) {
            out.add(new Change.CreateObject(dev.rollsafe.model.ObjectKind.EXTENSION, Name.of(name), false, true));
        }
    }

    // ------------------------------------------------------------------ models

    private void createModel(PyExpr.Call call, String app, List<Change> out) {
        String name = str(call.arg("name", 0));
        DjangoState.Model m = new DjangoState.Model(app, name);
        PyExpr options = call.arg("options", 2);
        if (options instanceof PyExpr.Dict d) {
            for (int k = 0; k < d.keys().size(); k++) {
                String key = DjangoFields.string(d.keys().get(k));
                if ("db_table".equals(key) && DjangoFields.string(d.values().get(k)) != null) {
                    m.dbTable = DjangoFields.string(d.values().get(k)).toLowerCase(Locale.ROOT);
                } else if ("unique_together".equals(key)) {
                    m.uniqueTogether = groups(d.values().get(k));
                } else if ("index_together".equals(key)) {
                    m.indexTogether = groups(d.values().get(k));
                }
            }
        }
        List<PyExpr> fields = items(call.arg("fields", 1));
        for (PyExpr f : fields) {
            if (f instanceof PyExpr.Seq pair && pair.items().size() == 2 && pair.items().get(1) instanceof PyExpr.Call fc) {
                DjangoState.Field field = field(str(pair.items().get(0)), fc, app);
                m.fields.put(field.name(), field);
            }
        }
        PyExpr bases = call.kw("bases");
        if (m.pk() == null && !(bases instanceof PyExpr.Seq)) {
            m.fields.put("id", new DjangoState.Field("id", "BigAutoField", "id", DataType.of("bigint"), true, null,
                    true, false, false, null, null));
        }
        state.put(m);
        Name table = Name.of(m.table());
        List<ColumnDef> columns = new ArrayList<>();
        List<ConstraintDef> constraints = new ArrayList<>();
        List<Change> after = new ArrayList<>();
        for (DjangoState.Field f : m.fields.values()) {
            if (f.column() == null) {
                after.add(m2m(m, f));
                continue;
            }
            // CreateModel never sets a database default for a Python default (only db_default=)
            columns.add(column(f, f.dbDefault()));
            if (f.target() != null) {
                constraints.add(new ConstraintDef(null, ConstraintDef.Kind.FOREIGN_KEY, List.of(f.column()),
                        Name.of(targetTable(f.target())), List.of(), null, null));
                if (!f.unique()) {
                    after.add(new Change.CreateIndex(m.table() + "_" + f.column(), table, List.of(f.column()), false,
                            false, false, null));
                }
            }
        }
        if (options instanceof PyExpr.Dict d) {
            for (int k = 0; k < d.keys().size(); k++) {
                String key = DjangoFields.string(d.keys().get(k));
                if ("indexes".equals(key)) {
                    for (PyExpr i : items(d.values().get(k))) {
                        after.add(index(m, (PyExpr.Call) i, false));
                    }
                } else if ("constraints".equals(key)) {
                    for (PyExpr c : items(d.values().get(k))) {
                        after.add(constraint(m, (PyExpr.Call) c));
                    }
                }
            }
        }
        for (List<String> group : m.uniqueTogether) {
            constraints.add(new ConstraintDef(togetherName(m, group, "uniq"), ConstraintDef.Kind.UNIQUE,
                    columns(m, group), null, List.of(), null, null));
        }
        for (List<String> group : m.indexTogether) {
            after.add(new Change.CreateIndex(togetherName(m, group, "idx"), table, columns(m, group), false, false,
                    false, null));
        }
        out.add(new Change.CreateTable(table, columns, constraints, false, false, false));
        out.addAll(after);
    }

    private void renameModel(PyExpr.Call call, String app, List<Change> out) {
        String from = str(call.arg("old_name", 0));
        String to = str(call.arg("new_name", 1));
        DjangoState.Model m = state.remove(app, from);
        if (m == null) {
            m = new DjangoState.Model(app, from);
        }
        DjangoState.Model renamed = new DjangoState.Model(app, to);
        renamed.dbTable = m.dbTable;
        renamed.fields.putAll(m.fields);
        renamed.uniqueTogether = m.uniqueTogether;
        renamed.indexTogether = m.indexTogether;
        state.put(renamed);
        if (!m.table().equals(renamed.table())) {
            out.add(new Change.RenameTable(Name.of(m.table()), Name.of(renamed.table())));
        }
    }

    private DjangoState.Model model(String app, String name) {
        DjangoState.Model m = state.get(app, name);
        if (m == null) {
            // a model of a migration this run did not read (another tree, a squashed history): default names
            m = state.put(new DjangoState.Model(app, name));
        }
        return m;
    }

    private static String defaultTable(String app, String model) {
        return app + "_" + model.toLowerCase(Locale.ROOT);
    }

    private String targetTable(String target) {
        int dot = target.indexOf('.');
        DjangoState.Model m = state.get(target.substring(0, dot), target.substring(dot + 1));
        return m != null ? m.table() : target.replace('.', '_');
    }

    // ------------------------------------------------------------------ fields

    private DjangoState.Field field(String name, PyExpr.Call call, String app) {
        String cls = call.name();
        boolean fk = DjangoFields.isForeignKey(cls);
        String target = fk || cls.equals("ManyToManyField") ? DjangoState.target(call.arg("to", 0), app) : null;
        if ((fk || cls.equals("ManyToManyField")) && target == null && "self".equals(DjangoFields.string(call.arg("to", 0)))) {
            target = "self";
        }
        String dbColumn = DjangoFields.string(call.kw("db_column"));
        boolean m2m = cls.equals("ManyToManyField");
        String column = m2m ? null : dbColumn != null ? dbColumn : fk ? name + "_id" : name;
        DataType type = fk ? state.keyType(target) : DjangoFields.type(cls, call, dialect);
        if (type == null) {
            type = DataType.of(cls.toLowerCase(Locale.ROOT));
        }
        boolean pk = DjangoFields.isTrue(call.kw("primary_key"));
        boolean notNull = pk || !DjangoFields.isTrue(call.kw("null"));
        String dbDefault = call.kw("db_default") == null ? null : literalOrText(call.kw("db_default"));
        boolean unique = pk || DjangoFields.isTrue(call.kw("unique")) || cls.equals("OneToOneField");
        boolean indexed = DjangoFields.isTrue(call.kw("db_index")) || fk && !(call.kw("db_index") instanceof PyExpr.Const c
                && c.name().equals("False"));
        return new DjangoState.Field(name, cls, column == null ? null : column.toLowerCase(Locale.ROOT), type, notNull,
                dbDefault, pk, unique, indexed, "self".equals(target) ? null : target, call);
    }

    private String literalOrText(PyExpr e) {
        String l = DjangoFields.literal(e, dialect);
        return l != null ? l : "'" + sourceOf(e) + "'";
    }

    private static String sourceOf(PyExpr e) {
        if (e instanceof PyExpr.Ref r) {
            return r.dotted() + "()";
        }
        if (e instanceof PyExpr.Other o) {
            return o.text().replace("'", "''");
        }
        return "python value";
    }

    private ColumnDef column(DjangoState.Field f, String defaultExpression) {
        boolean generated = DjangoFields.isAuto(f.cls());
        return new ColumnDef(f.column(), f.type(), f.notNull(), defaultExpression, f.primaryKey(), f.unique(),
                generated, f.target() == null ? null : Name.of(targetTable(f.target())));
    }

    private void addField(PyExpr.Call call, String app, List<Change> out) {
        DjangoState.Model m = model(app, str(call.arg("model_name", 0)));
        String name = str(call.arg("name", 1));
        DjangoState.Field f = field(name, (PyExpr.Call) call.arg("field", 2), app);
        m.fields.put(name, f);
        Name table = Name.of(m.table());
        if (f.column() == null) {
            out.add(m2m(m, f));
            return;
        }
        PyExpr pyDefault = f.call().kw("default");
        if (f.dbDefault() != null || !f.notNull() || pyDefault == null || DjangoFields.isAuto(f.cls())) {
            out.add(new Change.AddColumn(table, column(f, f.dbDefault()), false));
        } else {
            // Django adds the column with the Python default as a database default, to fill the existing rows, and
            // drops that default at once: afterwards an INSERT that omits the column fails as if it had none
            out.add(new Change.AddColumn(table, column(f, literalOrText(pyDefault)), false));
            out.add(new Change.DropDefault(table, f.column()));
        }
        if (f.target() != null) {
            boolean constraint = !(f.call().kw("db_constraint") instanceof PyExpr.Const k && k.name().equals("False"));
            if (!f.unique() && f.indexed()) {
                out.add(new Change.CreateIndex(m.table() + "_" + f.column(), table, List.of(f.column()), false, false,
                        false, null));
            }
            if (constraint) {
                out.add(new Change.AddConstraint(table, new ConstraintDef(m.table() + "_" + f.column() + "_fk",
                        ConstraintDef.Kind.FOREIGN_KEY, List.of(f.column()), Name.of(targetTable(f.target())), List.of(),
                        null, null), false));
            }
        } else if (f.unique() && !f.primaryKey()) {
            out.add(new Change.AddConstraint(table, new ConstraintDef(m.table() + "_" + f.column() + "_key",
                    ConstraintDef.Kind.UNIQUE, List.of(f.column()), null, List.of(), null, null), false));
        } else if (f.indexed()) {
            out.add(new Change.CreateIndex(m.table() + "_" + f.column(), table, List.of(f.column()), false, false,
                    false, null));
        }
    }

    private void alterField(PyExpr.Call call, String app, List<Change> out) {
        DjangoState.Model m = model(app, str(call.arg("model_name", 0)));
        String name = str(call.arg("name", 1));
        DjangoState.Field old = m.fields.get(name);
        DjangoState.Field f = field(name, (PyExpr.Call) call.arg("field", 2), app);
        m.fields.put(name, f);
        Name table = Name.of(m.table());
        if (old == null || f.column() == null || old.column() == null) {
            // what the field was is unknown: Django compares both definitions, rollsafe cannot
            out.add(new Change.Neutral("alter field " + name + " of", table));
            return;
        }
        String column = old.column();
        if (!f.column().equals(old.column())) {
            out.add(new Change.RenameColumn(table, old.column(), f.column()));
            column = f.column();
        }
        boolean typeChanged = !f.type().equals(old.type());
        boolean nullChanged = f.notNull() != old.notNull();
        if (dialect.isMySqlFamily() && (typeChanged || nullChanged)) {
            out.add(new Change.RedefineColumn(table, column, column(f, f.dbDefault()).withName(column)));
        } else {
            if (typeChanged) {
                out.add(new Change.AlterColumnType(table, column, f.type(), null));
            }
            if (nullChanged && f.notNull()) {
                if (f.call().kw("default") != null) {
                    // Django first fills the NULLs with the default, then sets NOT NULL
                    out.add(new Change.RowChange(Change.RowOp.UPDATE, table, true));
                }
                out.add(new Change.SetNotNull(table, column));
            } else if (nullChanged) {
                out.add(new Change.DropNotNull(table, column));
            }
        }
        if (f.dbDefault() != null && !f.dbDefault().equals(old.dbDefault())) {
            out.add(new Change.SetDefault(table, column, f.dbDefault()));
        } else if (f.dbDefault() == null && old.dbDefault() != null) {
            out.add(new Change.DropDefault(table, column));
        }
        if (f.unique() && !old.unique()) {
            out.add(new Change.AddConstraint(table, new ConstraintDef(m.table() + "_" + column + "_key",
                    ConstraintDef.Kind.UNIQUE, List.of(column), null, List.of(), null, null), false));
        } else if (!f.unique() && old.unique()) {
            out.add(new Change.DropConstraint(table, m.table() + "_" + column + "_key", ConstraintDef.Kind.UNIQUE, false));
        }
        if (f.indexed() && !old.indexed() && !f.unique()) {
            out.add(new Change.CreateIndex(m.table() + "_" + column, table, List.of(column), false, false, false, null));
        } else if (!f.indexed() && old.indexed() && !old.unique()) {
            out.add(new Change.DropIndex(Name.of(m.table() + "_" + column), table, false, false));
        }
    }

    private Change m2m(DjangoState.Model m, DjangoState.Field f) {
        if (f.call() != null && f.call().kw("through") != null) {
            return new Change.Neutral("many-to-many through a model for", Name.of(m.table()));
        }
        String own = m.name.toLowerCase(Locale.ROOT) + "_id";
        String other = f.target() == null ? "to_" + own
                : f.target().substring(f.target().indexOf('.') + 1) + "_id";
        if (other.equals(own)) {
            other = "to_" + own;
            own = "from_" + own;
        }
        return new Change.CreateTable(Name.of(m2mTable(m, f.name())), List.of(
                new ColumnDef("id", DataType.of("bigint"), true, null, true, false, true, null),
                new ColumnDef(own, DataType.of("bigint"), true, null, false, false, false, Name.of(m.table())),
                new ColumnDef(other, state.keyType(f.target()), true, null, false, false, false, null)),
                List.of(), false, false, false);
    }

    private static String m2mTable(DjangoState.Model m, String field) {
        return m.table() + "_" + field.toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------ indexes and constraints

    private Change index(DjangoState.Model m, PyExpr.Call index, boolean concurrently) {
        List<String> cols = new ArrayList<>();
        for (PyExpr e : items(index.kw("fields"))) {
            String field = DjangoFields.string(e);
            if (field != null) {
                cols.add(columnOf(m, field.startsWith("-") ? field.substring(1) : field));
            }
        }
        String name = DjangoFields.string(index.kw("name"));
        String method = switch (index.name()) {
            case "GinIndex" -> "gin";
            case "GistIndex" -> "gist";
            case "BrinIndex" -> "brin";
            case "HashIndex" -> "hash";
            default -> null;
        };
        return new Change.CreateIndex(name == null ? null : name.toLowerCase(Locale.ROOT), Name.of(m.table()), cols,
                false, concurrently, false, method);
    }

    private Change constraint(DjangoState.Model m, PyExpr.Call c) {
        String name = DjangoFields.string(c.kw("name"));
        name = name == null ? null : name.toLowerCase(Locale.ROOT);
        Name table = Name.of(m.table());
        if (c.name().equals("CheckConstraint")) {
            PyExpr check = c.kw("check") != null ? c.kw("check") : c.kw("condition");
            String expr = check == null ? null : sourceOf(check);
            return new Change.AddConstraint(table, new ConstraintDef(name, ConstraintDef.Kind.CHECK, List.of(), null,
                    List.of(), expr, null), false);
        }
        List<String> cols = new ArrayList<>();
        for (PyExpr e : items(c.kw("fields"))) {
            if (DjangoFields.string(e) != null) {
                cols.add(columnOf(m, DjangoFields.string(e)));
            }
        }
        if (c.name().equals("UniqueConstraint") && c.kw("condition") == null && c.kw("expressions") == null
                && c.args().isEmpty()) {
            return new Change.AddConstraint(table, new ConstraintDef(name, ConstraintDef.Kind.UNIQUE, cols, null,
                    List.of(), null, null), false);
        }
        if (c.name().equals("UniqueConstraint")) {
            // a partial or expression unique constraint is a unique index in Django's schema editor
            return new Change.CreateIndex(name, table, cols, true, false, false, null);
        }
        if (c.name().equals("ExclusionConstraint")) {
            return new Change.AddConstraint(table, new ConstraintDef(name, ConstraintDef.Kind.EXCLUDE, cols, null,
                    List.of(), null, null), false);
        }
        return new Change.Neutral("add constraint " + (name == null ? "" : name) + " on", table);
    }

    private void together(PyExpr.Call call, String app, List<Change> out) {
        boolean unique = call.name().equals("AlterUniqueTogether");
        DjangoState.Model m = model(app, str(call.arg("name", 0)));
        List<List<String>> now = groups(call.arg(unique ? "unique_together" : "index_together", 1));
        List<List<String>> before = unique ? m.uniqueTogether : m.indexTogether;
        Name table = Name.of(m.table());
        for (List<String> g : before) {
            if (!now.contains(g)) {
                out.add(unique
                        ? new Change.DropConstraint(table, togetherName(m, g, "uniq"), ConstraintDef.Kind.UNIQUE, false)
                        : new Change.DropIndex(Name.of(togetherName(m, g, "idx")), table, false, false));
            }
        }
        for (List<String> g : now) {
            if (!before.contains(g)) {
                out.add(unique
                        ? new Change.AddConstraint(table, new ConstraintDef(togetherName(m, g, "uniq"),
                                ConstraintDef.Kind.UNIQUE, columns(m, g), null, List.of(), null, null), false)
                        : new Change.CreateIndex(togetherName(m, g, "idx"), table, columns(m, g), false, false, false,
                                null));
            }
        }
        if (unique) {
            m.uniqueTogether = now;
        } else {
            m.indexTogether = now;
        }
    }

    private static String togetherName(DjangoState.Model m, List<String> fields, String suffix) {
        return m.table() + "_" + String.join("_", fields).toLowerCase(Locale.ROOT) + "_" + suffix;
    }

    private static List<String> columns(DjangoState.Model m, List<String> fields) {
        List<String> out = new ArrayList<>();
        fields.forEach(f -> out.add(columnOf(m, f)));
        return out;
    }

    private static String columnOf(DjangoState.Model m, String field) {
        DjangoState.Field f = m.fields.get(field);
        return f != null && f.column() != null ? f.column() : field.toLowerCase(Locale.ROOT);
    }

    private static List<List<String>> groups(PyExpr e) {
        List<List<String>> out = new ArrayList<>();
        List<PyExpr> items = items(e);
        if (!items.isEmpty() && items.get(0) instanceof PyExpr.Str) {
            items = List.of(e); // unique_together = ('a', 'b'): one group
        }
        for (PyExpr g : items) {
            List<String> names = new ArrayList<>();
            for (PyExpr n : items(g)) {
                if (DjangoFields.string(n) != null) {
                    names.add(DjangoFields.string(n));
                }
            }
            if (!names.isEmpty()) {
                out.add(names);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ RunSQL

    private void runSql(PyExpr sql, Outcome o, List<Change> out) {
        List<String> texts = new ArrayList<>();
        if (sql instanceof PyExpr.Ref r && r.last().equals("noop")) {
            return;
        }
        if (sql instanceof PyExpr.Str s) {
            texts.add(s.value());
        } else if (sql instanceof PyExpr.Seq seq) {
            for (PyExpr e : seq.items()) {
                if (e instanceof PyExpr.Str s) {
                    texts.add(s.value());
                } else if (e instanceof PyExpr.Seq pair && !pair.items().isEmpty() && pair.items().get(0) instanceof PyExpr.Str s) {
                    texts.add(s.value()); // (sql, params)
                } else {
                    o.problem = "RunSQL with SQL that is not a string literal";
                }
            }
        } else {
            o.problem = "RunSQL with SQL that is not a string literal";
            return;
        }
        for (String t : texts) {
            for (RawStatement raw : Splitter.split(t, 0, t.length(), dialect, null, false).statements()) {
                if (raw.problem() != null) {
                    o.problem = o.problem != null ? o.problem : raw.problem();
                    continue;
                }
                Recognition r = recognizer.recognize(raw.sql());
                out.addAll(r.changes());
                if (!r.understood()) {
                    o.problem = o.problem != null ? o.problem : "RunSQL: " + (r.problem() == null ? "not understood"
                            : r.problem());
                }
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static List<PyExpr> items(PyExpr e) {
        return e instanceof PyExpr.Seq s ? s.items() : List.of();
    }

    private static String str(PyExpr e) {
        String s = DjangoFields.string(e);
        if (s == null) {
            throw new IllegalArgumentException("expected a string");
        }
        return s;
    }
}
