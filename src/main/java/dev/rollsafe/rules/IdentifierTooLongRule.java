package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.ColumnDef;
import dev.rollsafe.model.ConstraintDef;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Name;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A name longer than the server keeps: PostgreSQL silently truncates identifiers to 63 bytes (NAMEDATALEN - 1),
 * MySQL and MariaDB refuse names longer than 64 characters, so the migration fails.
 */
@RuleInfo(id = "identifier-too-long", level = Level.ERROR,
        summary = "a name longer than the server keeps: MySQL/MariaDB refuse it, PostgreSQL truncates it silently",
        dialects = {Dialect.POSTGRESQL, Dialect.MYSQL, Dialect.MARIADB}, tags = {"correctness"})
public final class IdentifierTooLongRule implements Rule {
    static final int POSTGRESQL_MAX_BYTES = 63;
    static final int MYSQL_MAX_CHARS = 64;

    @Override
    public void check(StatementContext context, FindingSink sink) {
        List<String[]> names = new ArrayList<>();
        for (Change c : Contracts.of(context.statement().changes())) {
            collect(c, names);
        }
        boolean mysql = context.dialect() != Dialect.POSTGRESQL;
        for (String[] n : names) {
            String kind = n[0];
            String name = n[1];
            if (mysql && name.codePointCount(0, name.length()) > MYSQL_MAX_CHARS) {
                sink.report(kind + " name " + name + " is " + name.codePointCount(0, name.length())
                                + " characters long; MySQL and MariaDB refuse names over 64 characters (error 1059,"
                                + " 1103 for tables), so this migration fails",
                        "shorten the name to at most 64 characters");
            } else if (!mysql && name.getBytes(StandardCharsets.UTF_8).length > POSTGRESQL_MAX_BYTES) {
                sink.report(Level.WARNING, kind + " name " + name + " is " + name.getBytes(StandardCharsets.UTF_8).length
                                + " bytes long; PostgreSQL silently truncates it to " + truncated(name)
                                + ", so tools and code that compare names see another one, and two long names"
                                + " with the same first 63 bytes collide",
                        "shorten the name to at most 63 bytes");
            }
        }
    }

    /** The name as PostgreSQL keeps it: its first 63 bytes, never splitting a character. */
    static String truncated(String name) {
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > POSTGRESQL_MAX_BYTES) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += len;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static void collect(Change c, List<String[]> out) {
        if (c instanceof Change.CreateTable ct) {
            add(out, "table", ct.table());
            for (ColumnDef col : ct.columns()) {
                add(out, "column", col.name());
            }
            for (ConstraintDef con : ct.constraints()) {
                add(out, "constraint", con.name());
            }
        } else if (c instanceof Change.AddColumn ac) {
            add(out, "column", ac.column().name());
        } else if (c instanceof Change.RedefineColumn rc) {
            add(out, "column", rc.column().name());
        } else if (c instanceof Change.CreateIndex ci) {
            add(out, "index", ci.name());
        } else if (c instanceof Change.AddConstraint ac) {
            add(out, "constraint", ac.constraint().name());
        } else if (c instanceof Change.RenameTable rt) {
            add(out, "table", rt.to());
        } else if (c instanceof Change.RenameColumn rc) {
            add(out, "column", rc.to());
        } else if (c instanceof Change.RenameIndex ri) {
            add(out, "index", ri.to());
        } else if (c instanceof Change.RenameConstraint rc) {
            add(out, "constraint", rc.to());
        } else if (c instanceof Change.CreateObject co) {
            add(out, co.kind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), co.name());
        } else if (c instanceof Change.RenameObject ro) {
            add(out, ro.kind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), ro.to());
        } else if (c instanceof Change.CreateEnumType et) {
            add(out, "type", et.type());
        }
    }

    private static void add(List<String[]> out, String kind, Name name) {
        if (name != null) {
            add(out, kind, name.name());
        }
    }

    private static void add(List<String[]> out, String kind, String name) {
        if (name != null && !name.isEmpty()) {
            out.add(new String[] {kind, name});
        }
    }
}
