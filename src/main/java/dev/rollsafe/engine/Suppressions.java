package dev.rollsafe.engine;

import dev.rollsafe.model.Comment;
import dev.rollsafe.model.Span;
import dev.rollsafe.rules.Finding;
import dev.rollsafe.rules.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The {@code rollsafe:ignore} directives of a migration set and what they do to its findings.
 * {@code -- rollsafe:ignore <id>[, <id>...] -- <reason>} before a statement suppresses those rules' findings
 * on that statement; {@code rollsafe:ignore-file} suppresses them in the whole file. Any comment form works
 * ({@code --}, {@code #} in MySQL, slash-star). Directive problems are findings of their own, reported at the
 * statement the directive belongs to (the first statement for a file directive), naming the directive's line.
 * <p>
 * The release-history rules report after the sets are checked (and point at a migration's first statement), so a
 * directive naming one of them is {@link Deferred deferred}: {@link #applyHistory} applies it to the history
 * findings and judges whether it was used. Such directives count in released migrations too (that is where a
 * released-migration-modified finding points). A deleted migration has no file to hold a directive: its
 * findings are silenced only in rollsafe.yaml.
 */
final class Suppressions {

    static final String WITHOUT_REASON = "suppression-without-reason";
    static final String UNKNOWN_RULE = "suppression-of-unknown-rule";
    static final String UNUSED = "unused-suppression";
    /** The history rule whose findings point at a file that is gone, so no directive can reach them. */
    static final String DELETED = "released-migration-deleted";
    private static final String IGNORE = "rollsafe:ignore";
    private static final String IGNORE_FILE = "rollsafe:ignore-file";

    private Suppressions() {
    }

    /**
     * One directive.
     *
     * @param file      true for {@code ignore-file}
     * @param ids       the rule ids, as written
     * @param reason    the reason after {@code --}, or null when there is none
     * @param line      the directive's line
     * @param path      the file's display path
     * @param statement the span of the statement it belongs to
     */
    record Directive(boolean file, List<String> ids, String reason, int line, String path, Span statement) {
        Directive {
            ids = List.copyOf(ids);
        }

        String keyword() {
            return file ? IGNORE_FILE : IGNORE;
        }

        boolean covers(Finding f) {
            return f.path().equals(path) && ids.contains(f.ruleId())
                    && (file || (f.line() >= statement.line() && f.line() <= statement.endLine()));
        }
    }

    /**
     * A directive naming history rules ({@code directive.ids()} holds only those), kept for the history pass.
     *
     * @param judged true when the set pass already reported its missing reason and unknown ids (a directive of
     *               a linted statement); false for one in a migration that was not linted (a released one)
     */
    record Deferred(Directive directive, boolean judged) {
    }

    /** What the rules may know: which ids exist, which run, at which level, and which report from the history. */
    record Rules(Set<String> known, Predicate<String> enabled, Function<String, Level> level, Set<String> history) {
    }

    /** The findings that remain, the directive findings added, and how many findings were suppressed. */
    record Applied(List<Finding> findings, int suppressed) {
        Applied {
            findings = List.copyOf(findings);
        }
    }

    /** The directives in a statement's comments, or none. */
    static List<Directive> read(List<Comment> comments, String path, Span statement) {
        List<Directive> out = new ArrayList<>();
        for (Comment c : comments) {
            Directive d = parse(c.body(), c.span().line(), path, statement);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    /** A directive from a comment's body, or null when the comment is not one. */
    static Directive parse(String body, int line, String path, Span statement) {
        boolean file;
        String rest;
        if (body.startsWith(IGNORE_FILE)) {
            file = true;
            rest = body.substring(IGNORE_FILE.length());
        } else if (body.startsWith(IGNORE)) {
            file = false;
            rest = body.substring(IGNORE.length());
        } else {
            return null;
        }
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
            return null; // rollsafe:ignored, rollsafe:ignore-all: not ours
        }
        int dashes = rest.indexOf("--");
        String idPart = dashes < 0 ? rest : rest.substring(0, dashes);
        String reason = dashes < 0 ? null : rest.substring(dashes + 2).strip();
        List<String> ids = new ArrayList<>();
        for (String part : idPart.split(",")) {
            String[] words = part.strip().split("\\s+");
            if (!words[0].isEmpty()) {
                ids.add(words[0]);
            }
            if (words.length > 1) {
                reason = null; // words after an id without "--": a reason that was not marked as one
            }
        }
        return new Directive(file, ids, reason == null || reason.isEmpty() ? null : reason, line, path, statement);
    }

    /** Removes the findings the directives cover and adds a finding for every directive problem. */
    static Applied apply(List<Directive> directives, List<Finding> findings, Rules rules) {
        List<Finding> kept = new ArrayList<>();
        List<Finding> removed = new ArrayList<>();
        for (Finding f : findings) {
            if (!isDirectiveRule(f.ruleId()) && directives.stream().anyMatch(d -> d.covers(f))) {
                removed.add(f);
            } else {
                kept.add(f);
            }
        }
        for (Directive d : directives) {
            if (d.reason() == null) {
                add(kept, rules, WITHOUT_REASON, d, "the " + d.keyword() + " on line " + d.line()
                        + " gives no reason", "say why the finding is safe: " + d.keyword() + " "
                        + (d.ids().isEmpty() ? "<rule-id>" : String.join(", ", d.ids())) + " -- <reason>");
            }
            if (d.ids().isEmpty()) {
                add(kept, rules, UNKNOWN_RULE, d, "the " + d.keyword() + " on line " + d.line()
                        + " names no rule", "name the rule ids to suppress, comma-separated (see 'rollsafe rules')");
            }
            for (String id : d.ids()) {
                if (!rules.known().contains(id)) {
                    add(kept, rules, UNKNOWN_RULE, d, "the " + d.keyword() + " on line " + d.line()
                            + " names unknown rule '" + id + "'", "use a rule id that 'rollsafe rules' lists");
                } else if (id.equals(DELETED) && rules.history().contains(id)) {
                    add(kept, rules, UNUSED, d, "the " + d.keyword() + " of " + id + " on line " + d.line()
                            + " suppresses nothing: a deleted migration's finding points at a file that is gone, "
                            + "so no directive can reach it", "remove it; to silence " + id
                            + ", disable it in rollsafe.yaml");
                } else if (rules.history().contains(id)) {
                    continue; // judged with the history findings (applyHistory)
                } else if (rules.enabled().test(id) && removed.stream()
                        .noneMatch(f -> f.ruleId().equals(id) && d.covers(f))) {
                    add(kept, rules, UNUSED, d, "the " + d.keyword() + " of " + id + " on line " + d.line()
                            + " suppresses nothing: " + id + " found nothing "
                            + (d.file() ? "in this file" : "in this statement"),
                            "remove it, so that it cannot hide a future finding unseen");
                }
            }
        }
        return new Applied(kept, removed.size());
    }

    /** The part of {@code d} that the history pass judges (its history ids but the deleted one), or null. */
    static Directive historyPart(Directive d, Rules rules) {
        List<String> ids = d.ids().stream().filter(id -> rules.history().contains(id) && !id.equals(DELETED)).toList();
        return ids.isEmpty() ? null : new Directive(d.file(), ids, d.reason(), d.line(), d.path(), d.statement());
    }

    /**
     * Removes the history findings the deferred directives cover; reports a directive that covered none (only
     * when {@code judgeUnused}: without release history there is nothing to judge by) and the missing reason of
     * one the set pass did not judge.
     */
    static Applied applyHistory(List<Deferred> deferred, List<Finding> findings, Rules rules, boolean judgeUnused) {
        List<Finding> kept = new ArrayList<>();
        List<Finding> removed = new ArrayList<>();
        for (Finding f : findings) {
            if (deferred.stream().anyMatch(d -> d.directive().covers(f))) {
                removed.add(f);
            } else {
                kept.add(f);
            }
        }
        for (Deferred deferredOne : deferred) {
            Directive d = deferredOne.directive();
            if (!deferredOne.judged() && d.reason() == null) {
                add(kept, rules, WITHOUT_REASON, d, "the " + d.keyword() + " on line " + d.line()
                        + " gives no reason", "say why the finding is safe: " + d.keyword() + " "
                        + String.join(", ", d.ids()) + " -- <reason>");
            }
            for (String id : d.ids()) {
                if (judgeUnused && rules.enabled().test(id)
                        && removed.stream().noneMatch(f -> f.ruleId().equals(id) && d.covers(f))) {
                    add(kept, rules, UNUSED, d, "the " + d.keyword() + " of " + id + " on line " + d.line()
                            + " suppresses nothing: " + id + " found nothing "
                            + (d.file() ? "in this file" : "at this statement (history findings point at a"
                                    + " migration's first statement)"),
                            "remove it, so that it cannot hide a future finding unseen");
                }
            }
        }
        return new Applied(kept, removed.size());
    }

    private static boolean isDirectiveRule(String id) {
        return id.equals(WITHOUT_REASON) || id.equals(UNKNOWN_RULE) || id.equals(UNUSED);
    }

    private static void add(List<Finding> out, Rules rules, String ruleId, Directive d, String message,
                            String help) {
        if (!rules.known().contains(ruleId) || !rules.enabled().test(ruleId)) {
            return;
        }
        Span s = d.statement();
        out.add(new Finding(ruleId, rules.level().apply(ruleId), d.path(), s.line(), s.column(), s.endLine(),
                s.endColumn(), message, help, List.of()));
    }
}
