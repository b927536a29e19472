package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Name;
import dev.rollsafe.model.ObjectKind;
import java.util.regex.Pattern;

/**
 * ALTER DOMAIN ... ADD CONSTRAINT (without NOT VALID), VALIDATE CONSTRAINT and SET NOT NULL check every
 * column of every table that uses the domain, holding a SHARE lock on each of those tables meanwhile: writes to
 * all of them wait. CREATE DOMAIN ... CHECK is reported as a warning: changing that check later is such an
 * ALTER DOMAIN, and a domain's check cannot be checked a table at a time.
 */
@RuleInfo(id = "domain-constraint-scans-columns", level = Level.ERROR,
        summary = "domain constraint checked against every column using the domain, blocking writes to those tables",
        dialects = Dialect.POSTGRESQL, tags = {"locking"})
public final class DomainConstraintScansColumnsRule implements Rule {

    private static final Pattern ADD = Pattern.compile("(?is)^\\s*ADD\\b.*");
    private static final Pattern NOT_VALID = Pattern.compile("(?is).*\\bNOT\\s+VALID\\b.*");
    private static final Pattern VALIDATE = Pattern.compile("(?is)^\\s*VALIDATE\\s+CONSTRAINT\\b.*");
    private static final Pattern SET_NOT_NULL = Pattern.compile("(?is)^\\s*SET\\s+NOT\\s+NULL\\b.*");
    /** CHECK as a word outside string literals and comments (the domain's name cannot be CHECK unquoted). */
    private static final Pattern CHECK = Pattern.compile("(?i)\\bCHECK\\b");

    @Override
    public void check(StatementContext context, FindingSink sink) {
        for (Change c : Contracts.of(context.statement().changes())) {
            if (c instanceof Change.AlterObject a && a.kind() == ObjectKind.DOMAIN && a.action() != null
                    && !createdInThisMigration(context, a.name())) {
                String what = what(a.action());
                if (what != null) {
                    sink.report(what + " on domain " + a.name() + " checks every column of every table that uses"
                                    + " the domain, holding a SHARE lock on each of those tables: writes to all of"
                                    + " them wait until every row is checked",
                            "put the check on the columns instead: ALTER TABLE ... ADD CONSTRAINT ... CHECK (...)"
                                    + " NOT VALID, then VALIDATE CONSTRAINT, which lets writes go on; on the domain"
                                    + " even VALIDATE CONSTRAINT blocks writes while it scans");
                }
            } else if (c instanceof Change.CreateObject co && co.kind() == ObjectKind.DOMAIN
                    && CHECK.matcher(withoutLiteralsAndComments(context.statement().text())).find()) {
                sink.report(Level.WARNING, "domain " + co.name() + " carries a CHECK constraint: changing it later"
                                + " means ALTER DOMAIN, which checks every column using the domain under a SHARE"
                                + " lock on each of their tables",
                        "create the domain without CHECK and put the check on the columns as table constraints"
                                + " (ADD CONSTRAINT ... CHECK ... NOT VALID, then VALIDATE CONSTRAINT)");
            }
        }
    }

    private static String what(String action) {
        if (ADD.matcher(action).matches()) {
            return NOT_VALID.matcher(action).matches() ? null : "adding a constraint";
        }
        if (VALIDATE.matcher(action).matches()) {
            return "validating a constraint";
        }
        if (SET_NOT_NULL.matcher(action).matches()) {
            return "SET NOT NULL";
        }
        return null;
    }

    /** A domain this migration created is used by no table that holds rows from before it. */
    private static boolean createdInThisMigration(StatementContext context, Name domain) {
        return context.earlierStatements().stream().flatMap(s -> Contracts.of(s.changes()).stream())
                .anyMatch(c -> c instanceof Change.CreateObject co && co.kind() == ObjectKind.DOMAIN
                        && co.name().name().equalsIgnoreCase(domain.name()));
    }

    /** The text with quoted literals, quoted identifiers and comments blanked, so a word in them is not seen. */
    static String withoutLiteralsAndComments(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char ch = sql.charAt(i);
            int end;
            if (ch == '\'' || ch == '"') {
                end = sql.indexOf(ch, i + 1);
                while (end >= 0 && end + 1 < sql.length() && sql.charAt(end + 1) == ch) {
                    end = sql.indexOf(ch, end + 2);
                }
                end = end < 0 ? sql.length() : end + 1;
            } else if (sql.startsWith("--", i)) {
                end = sql.indexOf('\n', i);
                end = end < 0 ? sql.length() : end;
            } else if (sql.startsWith("/*", i)) {
                end = sql.indexOf("*/", i + 2);
                end = end < 0 ? sql.length() : end + 2;
            } else {
                out.append(ch);
                i++;
                continue;
            }
            out.append(' ');
            i = end;
        }
        return out.toString();
    }
}
