package dev.rollsafe.parse;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** SET / RESET, transaction control and LOCK statements. */
final class SessionReader {

    private SessionReader() {
    }

    /** Reads from just after SET. */
    static Recognition set(Cursor c, Dialect dialect) {
        if (dialect.isMySqlFamily()) {
            return mySqlSet(c);
        }
        Change.Scope scope = Change.Scope.SESSION;
        if (c.accept("LOCAL")) {
            scope = Change.Scope.LOCAL;
        } else {
            c.accept("SESSION");
        }
        if (c.accept("TIME", "ZONE")) {
            return Recognition.of(new Change.SessionSetting("timezone", c.restText(), scope));
        }
        if (c.at("CONSTRAINTS") || c.at("TRANSACTION") || c.at("ROLE") || c.at("AUTHORIZATION")
                || c.at("SESSION", "AUTHORIZATION") || c.at("CHARACTERISTICS")) {
            String verb = c.next().text().toLowerCase(Locale.ROOT);
            return Recognition.of(new Change.SessionSetting(verb, value(c.restText()), scope));
        }
        String name = settingName(c);
        if (name == null) {
            return Recognition.failed("SET without a name");
        }
        if (!c.acceptSymbol("=") && !c.accept("TO")) {
            return Recognition.failed("SET " + name + " without = or TO");
        }
        return Recognition.of(new Change.SessionSetting(name, value(c.restText()), scope));
    }

    private static Recognition mySqlSet(Cursor c) {
        if (c.accept("NAMES") || c.accept("CHARACTER", "SET") || c.accept("CHARSET")) {
            return Recognition.of(new Change.SessionSetting("names", value(c.restText()), Change.Scope.SESSION));
        }
        Change.Scope defaultScope = Change.Scope.SESSION;
        List<Change> out = new ArrayList<>();
        for (int[] part : c.splitCommas(c.pos(), c.end())) {
            Cursor p = c.sub(part[0], part[1]);
            Change.Scope scope = defaultScope;
            if (p.accept("GLOBAL") || p.accept("PERSIST") || p.accept("PERSIST_ONLY")) {
                scope = Change.Scope.GLOBAL;
            } else if (p.accept("SESSION") || p.accept("LOCAL")) {
                scope = Change.Scope.SESSION;
            }
            defaultScope = scope;
            if (p.at("TRANSACTION")) {
                p.next();
                out.add(new Change.SessionSetting("transaction", value(p.restText()), scope));
                continue;
            }
            String name = settingName(p);
            if (name == null) {
                return Recognition.failed("SET without a name");
            }
            if (name.startsWith("@@global.")) {
                scope = Change.Scope.GLOBAL;
                name = name.substring("@@global.".length());
            } else if (name.startsWith("@@session.") || name.startsWith("@@local.")) {
                name = name.substring(name.indexOf('.') + 1);
            } else if (name.startsWith("@@")) {
                name = name.substring(2);
            }
            if (!p.acceptSymbol("=") && !p.acceptSymbol(":=") && !p.accept("TO")) {
                return Recognition.failed("SET " + name + " without =");
            }
            out.add(new Change.SessionSetting(name, value(p.restText()), scope));
        }
        if (out.isEmpty()) {
            return Recognition.failed("SET without a name");
        }
        return Recognition.of(out);
    }

    private static String settingName(Cursor c) {
        Lexeme l = c.peek();
        if (l == null || !(l.isName() || l.text().startsWith("@"))) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(l.kind() == Lexeme.Kind.QUOTED ? Cursor.identOf(l) : l.text().toLowerCase(Locale.ROOT));
        c.next();
        while (c.atSymbol(".") && c.peek(1) != null && c.peek(1).isName()) {
            sb.append('.').append(c.peek(1).text().toLowerCase(Locale.ROOT));
            c.next();
            c.next();
        }
        return sb.toString();
    }

    private static String value(String raw) {
        if (raw == null) {
            return null;
        }
        String v = raw.strip();
        if (v.length() >= 2 && (v.startsWith("'") && v.endsWith("'") || v.startsWith("\"") && v.endsWith("\""))
                && v.indexOf(v.charAt(0), 1) == v.length() - 1) {
            v = v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** BEGIN, START TRANSACTION, COMMIT, END, ROLLBACK [TO], SAVEPOINT, RELEASE; null when not one. */
    static Recognition transaction(Cursor c) {
        Change.TxOp op;
        if (c.at("BEGIN") || c.at("START", "TRANSACTION")) {
            op = Change.TxOp.BEGIN;
        } else if (c.at("COMMIT") || c.at("END")) {
            op = Change.TxOp.COMMIT;
        } else if (c.at("ROLLBACK") && (c.contains("TO"))) {
            op = Change.TxOp.ROLLBACK_TO;
        } else if (c.at("ROLLBACK") || c.at("ABORT")) {
            op = Change.TxOp.ROLLBACK;
        } else if (c.at("SAVEPOINT")) {
            op = Change.TxOp.SAVEPOINT;
        } else if (c.at("RELEASE")) {
            op = Change.TxOp.RELEASE;
        } else {
            return null;
        }
        return Recognition.of(new Change.TransactionControl(op));
    }

    /** Reads from just after LOCK. */
    static Recognition lock(Cursor c) {
        if (!c.accept("TABLES")) {
            c.accept("TABLE");
        }
        c.accept("ONLY");
        List<Name> tables = new ArrayList<>();
        String mode = null;
        while (!c.atEnd()) {
            Name n = c.name();
            if (n == null) {
                break;
            }
            tables.add(n);
            c.acceptSymbol("*");
            // MySQL: LOCK TABLES t [AS alias] READ [LOCAL] | [LOW_PRIORITY] WRITE
            c.accept("AS");
            if (c.peek() != null && c.peek().isName() && !isLockWord(c.peek()) && !c.at("IN") && !c.at("NOWAIT")) {
                c.next();
            }
            while (c.peek() != null && isLockWord(c.peek())) {
                mode = mode == null ? c.next().text().toLowerCase(Locale.ROOT) : mode;
            }
            if (!c.acceptSymbol(",")) {
                break;
            }
        }
        if (c.accept("IN")) {
            int from = c.pos();
            int modeAt = c.find("MODE");
            if (modeAt > from) {
                mode = c.text(from, modeAt).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            }
        }
        if (tables.isEmpty()) {
            return Recognition.failed("LOCK without a table");
        }
        return Recognition.of(new Change.LockTable(tables, mode));
    }

    private static boolean isLockWord(Lexeme l) {
        return l.is("READ") || l.is("WRITE") || l.is("LOCAL") || l.is("LOW_PRIORITY");
    }
}
