package dev.rollsafe.cli;

import dev.rollsafe.rules.RuleDoc;
import dev.rollsafe.rules.RuleDocs;
import dev.rollsafe.rules.RuleRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rollsafe explain RULE-ID}: prints the rule's documentation. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Explain a rule: what it flags, why it matters and what to do instead.")
final class ExplainCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Parameters(paramLabel = "RULE-ID", description = "The rule id, as `rollsafe rules` lists it.")
    String ruleId;

    ExplainCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (RuleRegistry.standard().find(ruleId).isEmpty()) {
            throw new UserError("unknown rule '" + ruleId + "'; see `rollsafe rules`");
        }
        RuleDoc doc = new RuleDocs().find(ruleId).orElseThrow(
                () -> new UserError("rule '" + ruleId + "' has no documentation in this build"));
        env.out().println(doc.markdown().stripTrailing());
        env.out().flush();
        return ExitCodes.CLEAN;
    }
}
