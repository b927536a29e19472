package dev.rollsafe.parse;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Name;

/** The head of INSERT / REPLACE / UPDATE / DELETE / MERGE / COPY / CALL: which rows of which table. */
final class RowReader {

    private RowReader() {
    }

    /** Null when the statement is not a row change. The cursor is at the verb. */
    static Recognition read(Cursor c) {
        if (c.at("WITH")) {
            int verbAt = verbAfterWith(c);
            if (verbAt < 0) {
                return null;
            }
            c.seek(verbAt);
        }
        if (c.accept("INSERT") || c.accept("REPLACE")) {
            boolean replace = c.get(c.pos() - 1).is("REPLACE");
            while (c.at("IGNORE") || c.at("LOW_PRIORITY") || c.at("DELAYED") || c.at("HIGH_PRIORITY")) {
                c.next();
            }
            c.accept("INTO");
            Name table = c.name();
            if (table == null) {
                return Recognition.failed("INSERT without a table");
            }
            Change.RowOp op = replace ? Change.RowOp.REPLACE : Change.RowOp.INSERT;
            if (!replace && (c.find("CONFLICT") >= 0 || c.find("DUPLICATE") >= 0)) {
                op = Change.RowOp.UPSERT;
            }
            return Recognition.of(new Change.RowChange(op, table, false));
        }
        if (c.accept("UPDATE")) {
            c.accept("LOW_PRIORITY");
            c.accept("IGNORE");
            c.accept("ONLY");
            Name table = c.name();
            if (table == null) {
                return Recognition.failed("UPDATE without a table");
            }
            return Recognition.of(new Change.RowChange(Change.RowOp.UPDATE, table, c.find("WHERE") >= 0));
        }
        if (c.accept("DELETE")) {
            while (c.at("LOW_PRIORITY") || c.at("QUICK") || c.at("IGNORE")) {
                c.next();
            }
            if (!c.accept("FROM")) {
                // MySQL multi-table DELETE t1 FROM t1 JOIN ...
                Name first = c.name();
                return first == null ? Recognition.failed("DELETE without a table")
                        : Recognition.of(new Change.RowChange(Change.RowOp.DELETE, first, c.find("WHERE") >= 0));
            }
            c.accept("ONLY");
            Name table = c.name();
            if (table == null) {
                return Recognition.failed("DELETE without a table");
            }
            return Recognition.of(new Change.RowChange(Change.RowOp.DELETE, table, c.find("WHERE") >= 0));
        }
        if (c.accept("MERGE")) {
            c.accept("INTO");
            Name table = c.name();
            return table == null ? Recognition.failed("MERGE without a table")
                    : Recognition.of(new Change.RowChange(Change.RowOp.MERGE, table, false));
        }
        if (c.accept("COPY")) {
            if (c.atSymbol("(")) {
                return Recognition.of(new Change.Neutral("copy", null));
            }
            Name table = c.name();
            c.skipParens();
            if (table == null) {
                return Recognition.failed("COPY without a table");
            }
            if (c.at("TO")) {
                return Recognition.of(new Change.Neutral("copy", table));
            }
            return Recognition.of(new Change.RowChange(Change.RowOp.COPY, table, false));
        }
        if (c.accept("CALL")) {
            return Recognition.of(new Change.RowChange(Change.RowOp.CALL, null, false));
        }
        return null;
    }

    /** Index of the main verb after WITH [RECURSIVE] name AS (...), ...; -1 when none. */
    private static int verbAfterWith(Cursor c) {
        int depth = 0;
        for (int p = c.pos(); p < c.end(); p++) {
            Lexeme l = c.get(p);
            if (l.isSymbol("(")) {
                depth++;
            } else if (l.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && (l.is("INSERT") || l.is("UPDATE") || l.is("DELETE") || l.is("MERGE")
                    || l.is("SELECT"))) {
                return p;
            }
        }
        return -1;
    }
}
