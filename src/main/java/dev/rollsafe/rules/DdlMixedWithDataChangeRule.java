package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A MySQL/MariaDB migration that mixes DDL with data changes. The server commits implicitly before and after
 * each DDL statement, so the framework's transaction cannot undo a migration that fails halfway: some of it
 * stays applied, and a re-run meets a half-changed database. Reported once per migration (per changeset for
 * Liquibase), at the statement that first makes the mix.
 */
@RuleInfo(id = "ddl-mixed-with-data-change", level = Level.WARNING,
        summary = "migration mixing DDL with data changes, which MySQL cannot roll back as one when it fails",
        dialects = {Dialect.MYSQL, Dialect.MARIADB}, tags = {"transaction"})
public final class DdlMixedWithDataChangeRule implements Rule {

    /** How many line numbers a message lists before it says "and N more". */
    private static final int LINES_SHOWN = 5;

    @Override
    public void check(StatementContext context, FindingSink sink) {
        List<Statement> all = context.migrationStatements();
        List<Statement> ddl = new ArrayList<>();
        List<Statement> data = new ArrayList<>();
        int first = -1;
        String unit = context.unitOf(context.index());
        for (int i = 0; i < all.size(); i++) {
            if (!context.unitOf(i).equals(unit)) {
                continue; // another Liquibase changeset: committed on its own
            }
            List<Change> changes = Contracts.of(all.get(i).changes());
            if (changes.stream().anyMatch(DdlMixedWithDataChangeRule::commitsImplicitly)) {
                ddl.add(all.get(i));
            } else if (changes.stream().anyMatch(DdlMixedWithDataChangeRule::changesRows)) {
                data.add(all.get(i));
            }
            if (first < 0 && !ddl.isEmpty() && !data.isEmpty()) {
                first = i;
            }
        }
        if (first != context.index()) {
            return;
        }
        sink.report("this migration mixes DDL (line" + lines(ddl) + ") with data changes (line" + lines(data)
                        + "): " + MySqlVersion.of(context).label() + " commits at every DDL statement, so if the"
                        + " migration fails halfway the earlier part stays applied and no transaction can roll it back",
                "put the data changes in a migration of their own (before or after the DDL), and make each"
                        + " migration safe to re-run");
    }

    /** A schema change, which MySQL commits implicitly (CREATE TEMPORARY TABLE is the exception). */
    private static boolean commitsImplicitly(Change c) {
        if (c instanceof Change.CreateTable t) {
            return !t.temporary();
        }
        return !(c instanceof Change.RowChange || c instanceof Change.SessionSetting
                || c instanceof Change.TransactionControl || c instanceof Change.LockTable
                || c instanceof Change.Neutral || c instanceof Change.ProceduralBlock);
    }

    private static boolean changesRows(Change c) {
        return c instanceof Change.RowChange r && r.op() != Change.RowOp.CALL && r.op() != Change.RowOp.COPY;
    }

    private static String lines(List<Statement> statements) {
        String shown = statements.stream().limit(LINES_SHOWN).map(s -> String.valueOf(s.span().line()))
                .collect(Collectors.joining(", "));
        int more = statements.size() - LINES_SHOWN;
        return (statements.size() > 1 ? "s " : " ") + shown + (more > 0 ? " and " + more + " more" : "");
    }
}
