package dev.rollsafe.engine;

import dev.rollsafe.model.Dialect;
import dev.rollsafe.model.Statement;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Rule;
import dev.rollsafe.rules.RuleRegistry;
import dev.rollsafe.source.MigrationFile;
import java.util.List;

/**
 * Test-only door into the package-private engine for {@code dev.rollsafe.fuzz.ReaderFuzzTest}: reads one
 * file into statements as {@link Engine#check} does, and runs the schema replay and the rules on it.
 */
public final class EngineFuzzAccess {
    private static final List<Rule> RULES = RuleRegistry.standard().all();

    private EngineFuzzAccess() {
    }

    /** What a check made of one file: its statements (deploy and down parts, in file order) and the findings. */
    public record Checked(List<Statement> statements, List<Finding> findings) {
    }

    /** Reads the file into statements, replays it and runs every rule on it, as a set of one file to lint. */
    public static Checked check(MigrationFile file, Dialect dialect, String dbVersion) {
        ParsedFile parsed = FileParser.parse(file, dialect);
        List<Finding> findings = new SetChecker(RULES).check(List.of(parsed), (i, s) -> file.deploy(), dialect,
                dbVersion);
        return new Checked(parsed.statements().stream().map(ParsedStatement::statement).toList(), findings);
    }
}
