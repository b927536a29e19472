package dev.rollsafe.cli;

import dev.rollsafe.rules.Rule;
import dev.rollsafe.rules.RuleInfo;
import dev.rollsafe.rules.RuleRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code rollsafe rules}: the rule table (id, level, summary) in id order. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List every rule with its default level and summary.")
final class RulesCommand implements Callable<Integer> {

    private final CliEnvironment env;

    RulesCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        List<Rule> rules = RuleRegistry.standard().all();
        int idWidth = "RULE".length();
        int levelWidth = "LEVEL".length();
        for (Rule r : rules) {
            idWidth = Math.max(idWidth, r.info().id().length());
            levelWidth = Math.max(levelWidth, r.info().level().id().length());
        }
        PrintWriter out = env.out();
        out.println(row("RULE", idWidth, "LEVEL", levelWidth, "SUMMARY"));
        for (Rule r : rules) {
            RuleInfo info = r.info();
            out.println(row(info.id(), idWidth, info.level().id(), levelWidth, info.summary()));
        }
        out.flush();
        return ExitCodes.CLEAN;
    }

    private static String row(String id, int idWidth, String level, int levelWidth, String summary) {
        return pad(id, idWidth) + "  " + pad(level, levelWidth) + "  " + summary;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
