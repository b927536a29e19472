package dev.rollsafe.engine;

import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Schema;
import dev.rollsafe.model.Statement;
import dev.rollsafe.release.ReferenceIndex;
import java.util.function.Supplier;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Rule;
import dev.rollsafe.rules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import dev.rollsafe.rules.Level;

/**
 * Replays one migration set in order and runs the rules on the statements to lint. Every deploy
 * statement of every file changes the schema; only files marked for linting are checked.
 */
final class SetChecker {
    private final List<Rule> rules;
    private final Function<Rule, Level> levels;

    SetChecker(List<Rule> rules) {
        this(rules, r -> r.info().level());
    }

    /** Runs {@code rules}, each reporting at the level {@code levels} gives it (the configured one). */
    SetChecker(List<Rule> rules, Function<Rule, Level> levels) {
        this.rules = rules;
        this.levels = levels;
    }

    /** What to lint: the file (by index in the set) and one of its deploy statements. */
    interface Lint {
        boolean test(int file, ParsedStatement statement);
    }

    /** The code references a statement of a file is judged against (the deploy's, or for an audit its release's). */
    interface References {
        ReferenceIndex of(int file, ParsedStatement statement);
    }

    List<Finding> check(List<ParsedFile> files, Lint lint, Dialect dialect, String dbVersion) {
        return check(files, lint, dialect, dbVersion, (f, s) -> ReferenceIndex.empty());
    }

    List<Finding> check(List<ParsedFile> files, Lint lint, Dialect dialect, String dbVersion,
                        References references) {
        List<Finding> findings = new ArrayList<>();
        Schema schema = Schema.empty(dialect);
        for (int f = 0; f < files.size(); f++) {
            ParsedFile file = files.get(f);
            int fileIndex = f;
            List<ParsedStatement> deploy = file.deployStatements();
            List<Statement> statements = deploy.stream().map(ParsedStatement::statement).toList();
            // a Liquibase changeset is applied (and committed) on its own; other layouts apply the whole file
            boolean changesets = file.file().layout() == dev.rollsafe.source.Layout.LIQUIBASE;
            List<String> units = deploy.stream()
                    .map(ps -> changesets && ps.segmentLabel() != null ? ps.segmentLabel() : "").toList();
            Schema atStart = schema;
            boolean[] modes = TransactionModes.framework(file.file().layout(), deploy, dialect, dbVersion);
            for (int i = 0; i < deploy.size(); i++) {
                ParsedStatement ps = deploy.get(i);
                if (lint.test(f, ps)) {
                    Context ctx = new Context(ps.statement(), statements, i, file.file().displayPath(),
                            file.file().layout().id(),
                            TransactionModes.effective(modes[i], schema, dialect), modes[i], dialect, dbVersion,
                            schema, atStart,
                            () -> references.of(fileIndex, ps), units);
                    for (Rule rule : rules) {
                        if (applies(rule.info(), dialect)) {
                            rule.check(ctx, new Sink(rule.info().id(), levels.apply(rule),
                                    file.file().displayPath(), ps.statement().span(), findings,
                                    file.file().layout() != dev.rollsafe.source.Layout.DJANGO));
                        }
                    }
                }
                schema = schema.apply(ps.statement());
            }
            schema = schema.endMigration(); // SET LOCAL and an unfinished transaction end with the migration
        }
        return findings;
    }

    private static boolean applies(RuleInfo info, Dialect dialect) {
        if (info.dialects().length == 0) {
            return true;
        }
        for (Dialect d : info.dialects()) {
            if (d == dialect || (d == Dialect.MYSQL && dialect == Dialect.MARIADB)) {
                return true;
            }
        }
        return false;
    }
}
