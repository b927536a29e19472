package dev.rollsafe.engine;

import dev.rollsafe.model.Span;
import dev.rollsafe.rules.Evidence;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.FindingSink;
import dev.rollsafe.rules.Level;
import java.util.List;

/** Collects one rule's findings for one statement, filling in what the rule need not know. */
final class Sink implements FindingSink {
    private final String ruleId;
    private final Level level;
    private final String path;
    private final Span statementSpan;
    private final List<Finding> out;
    private final boolean fixable;

    Sink(String ruleId, Level level, String path, Span statementSpan, List<Finding> out) {
        this(ruleId, level, path, statementSpan, out, true);
    }

    /** @param fixable false for a file whose text is not SQL (a Django migration): SQL edits would break it */
    Sink(String ruleId, Level level, String path, Span statementSpan, List<Finding> out, boolean fixable) {
        this.ruleId = ruleId;
        this.level = level;
        this.path = path;
        this.statementSpan = statementSpan;
        this.out = out;
        this.fixable = fixable;
    }

    @Override
    public void report(String message, String help) {
        report(statementSpan, message, help, List.of());
    }

    @Override
    public void report(String message, String help, dev.rollsafe.rules.Fix fix) {
        add(level, statementSpan, message, help, List.of(), fix);
    }

    @Override
    public void report(Span span, String message, String help, List<Evidence> evidence) {
        add(level, span, message, help, evidence, null);
    }

    @Override
    public void report(Level milder, String message, String help) {
        add(milder.atLeast(level) ? level : milder, statementSpan, message, help, List.of(), null);
    }

    private void add(Level at, Span span, String message, String help, List<Evidence> evidence,
                     dev.rollsafe.rules.Fix fix) {
        out.add(new Finding(ruleId, at, path, span.line(), span.column(), span.endLine(), span.endColumn(),
                message, help, evidence, fixable ? fix : null));
    }
}
