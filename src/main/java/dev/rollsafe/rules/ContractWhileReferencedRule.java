package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import dev.rollsafe.model.Name;
import dev.rollsafe.model.ObjectKind;
import dev.rollsafe.release.Reference;
import dev.rollsafe.release.ReleaseReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expand/contract verdict: a drop or rename of a table, column or view passes only when no release in
 * the deploy window, and not the code being checked, still references it. The evidence is each reference:
 * release tag (or HEAD), file, line and text.
 */
@RuleInfo(id = "contract-while-referenced", level = Level.ERROR,
        summary = "drop or rename of a table, column or view that a release still serving traffic uses",
        tags = {"expand-contract"})
public final class ContractWhileReferencedRule implements Rule {
    /** Evidence items shown per release: enough to act on, few enough to read. */
    static final int PER_RELEASE = 3;

    @Override
    public void check(StatementContext context, FindingSink sink) {
        for (Change c : Contracts.of(context.statement().changes())) {
            Target t = target(c);
            if (t == null || context.tableCreatedInThisMigration(Name.of(t.table))) {
                continue;
            }
            List<ReleaseReference> refs = t.column == null ? context.references().toTable(t.table)
                    : context.references().toColumn(t.table, t.column);
            List<ReleaseReference> strong = new ArrayList<>();
            List<ReleaseReference> weak = new ArrayList<>();
            for (ReleaseReference r : refs) {
                (r.reference().confidence() == Reference.Confidence.WEAK ? weak : strong).add(r);
            }
            if (!strong.isEmpty()) {
                sink.report(context.statement().span(), t.verb + " " + t.what() + " while "
                                + releases(strong) + " still use" + (releasesCount(strong) == 1 ? "s" : "") + " it",
                        help(t), evidence(strong));
            } else if (!weak.isEmpty()) {
                sink.report(Level.NOTE, t.verb + " " + t.what() + ": " + releases(weak)
                                + " mention its name, without a table to be sure (e.g. "
                                + weak.get(0).reference().path() + ":" + weak.get(0).reference().line() + ")",
                        help(t));
            }
        }
    }

    private record Target(String verb, String kind, String table, String column) {
        String what() {
            return column == null ? kind + " " + table : "column " + table + "." + column;
        }
    }

    private static Target target(Change c) {
        if (c instanceof Change.DropTable d) {
            return new Target("drop", "table", d.table().name(), null);
        }
        if (c instanceof Change.RenameTable r) {
            return new Target("rename", "table", r.from().name(), null);
        }
        if (c instanceof Change.DropColumn d) {
            return new Target("drop", "table", d.table().name(), d.column());
        }
        if (c instanceof Change.RenameColumn r) {
            return new Target("rename", "table", r.table().name(), r.from());
        }
        if (c instanceof Change.RedefineColumn r && r.renames()) {
            return new Target("rename", "table", r.table().name(), r.oldName());
        }
        if (c instanceof Change.DropObject d && isView(d.kind())) {
            return new Target("drop", "view", d.name().name(), null);
        }
        if (c instanceof Change.RenameObject r && isView(r.kind())) {
            return new Target("rename", "view", r.from().name(), null);
        }
        return null;
    }

    private static boolean isView(ObjectKind k) {
        return k == ObjectKind.VIEW || k == ObjectKind.MATERIALIZED_VIEW;
    }

    private static int releasesCount(List<ReleaseReference> refs) {
        return (int) refs.stream().map(ReleaseReference::release).distinct().count();
    }

    /** "release v1.2.0", "releases v1.1.0 and v1.2.0", "the code being checked (HEAD)". */
    static String releases(List<ReleaseReference> refs) {
        List<String> names = refs.stream().map(ReleaseReference::release).distinct().toList();
        List<String> tags = names.stream().filter(n -> !n.equals(ReleaseReference.HEAD)).toList();
        boolean head = names.contains(ReleaseReference.HEAD);
        StringBuilder sb = new StringBuilder();
        if (!tags.isEmpty()) {
            sb.append(tags.size() == 1 ? "release " : "releases ").append(String.join(", ", tags));
        }
        if (head) {
            sb.append(sb.length() > 0 ? " and " : "").append("the code being checked (HEAD)");
        }
        return sb.toString();
    }

    static List<Evidence> evidence(List<ReleaseReference> refs) {
        Map<String, List<Evidence>> byRelease = new LinkedHashMap<>();
        for (ReleaseReference r : refs) {
            List<Evidence> list = byRelease.computeIfAbsent(r.release(), k -> new ArrayList<>());
            if (list.size() < PER_RELEASE) {
                Reference ref = r.reference();
                list.add(new Evidence(r.release(), ref.path(), ref.line(), ref.text()));
            }
        }
        List<Evidence> out = new ArrayList<>();
        byRelease.values().forEach(out::addAll);
        return out;
    }

    private static String help(Target t) {
        String obj = t.column == null ? t.kind + " " + t.table : "column " + t.table + "." + t.column;
        if (t.verb.equals("drop")) {
            return "contract in two releases: first ship code that no longer uses " + obj
                    + " (queries, entities, mappers), then drop it in a later release, once no release in the "
                    + "deploy window uses it (or move the drop to a post-deploy migration of that later release)";
        }
        return "rename in steps: add the new " + (t.column == null ? t.kind : "column") + " (or a view under the new "
                + "name), write both, backfill, move the reads over and ship that; drop " + obj
                + " in a later release, once no release in the deploy window uses it";
    }
}
