package dev.rollsafe.source;

import dev.rollsafe.model.Dialect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * sqitch: {@code sqitch.plan} gives the order; {@code deploy/<change>.sql} deploys, {@code revert/} and
 * {@code verify/} do not. A reworked change's earlier versions are {@code <change>@<tag>.sql}. The engine in
 * {@code sqitch.conf} gives the dialect. sqitch runs each script as it is (scripts carry their own BEGIN).
 */
final class SqitchFinder implements LayoutFinder {
    private static final Pattern ENGINE = Pattern.compile("(?m)^\\s*engine\\s*=\\s*(\\S+)");
    private static final String[] KINDS = {"deploy", "verify", "revert"};

    private record Step(String name, String tag) {
    }

    @Override
    public Found find(Dir dir, Scan scan, boolean forced) {
        if (!dir.hasFile("sqitch.plan")) {
            return null;
        }
        FileText plan = scan.text(dir.path().resolve("sqitch.plan"));
        if (plan.text() == null) {
            scan.message(dir.path().resolve("sqitch.plan"), "cannot read the plan: " + plan.problem());
            return null;
        }
        List<Step> steps = steps(plan.text());
        List<Planned> files = new ArrayList<>();
        Set<Path> listed = new HashSet<>();
        for (Step s : steps) {
            String file = s.tag() == null ? s.name() + ".sql" : s.name() + "@" + s.tag() + ".sql";
            for (String kind : KINDS) {
                Path p = dir.path().resolve(kind).resolve(file);
                boolean exists = dir.dir(kind).map(d -> d.hasFile(file)).orElse(false);
                if (!exists && s.tag() != null) {
                    continue;
                }
                if (!exists) {
                    if (kind.equals("deploy")) {
                        scan.message(p, "missing: listed in sqitch.plan");
                    }
                    continue;
                }
                listed.add(p);
                String id = s.tag() == null ? s.name() : s.name() + "@" + s.tag();
                files.add(new Planned(p, id, kind.equals("deploy"), null, Boolean.FALSE, null));
            }
        }
        for (String kind : KINDS) {
            dir.dir(kind).ifPresent(d -> {
                for (Dir.FileEntry f : d.sqlFiles()) {
                    if (!listed.contains(f.path())) {
                        scan.message(f.path(), "ignored: not in sqitch.plan");
                    }
                }
            });
        }
        Set<Path> consumed = new HashSet<>();
        for (Dir d : dir.dirs()) {
            consumed.add(d.path());
        }
        return new Found(List.of(new SetPlan(dir.path(), Layout.SQITCH, engine(dir, scan), files)), consumed);
    }

    /** The changes of a plan in order; an earlier version of a reworked change carries the tag after it. */
    static List<Step> steps(String plan) {
        List<String> names = new ArrayList<>();
        List<Integer> tagsBefore = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String raw : plan.split("\r\n|\r|\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("%") || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                tags.add(line.substring(1).split("\\s+")[0]);
                continue;
            }
            String name = line.split("\\s+")[0];
            if (name.startsWith("+") || name.startsWith("-")) {
                name = name.substring(1);
            }
            if (!name.isEmpty()) {
                names.add(name);
                tagsBefore.add(tags.size());
            }
        }
        Map<String, Integer> last = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            last.put(names.get(i), i);
        }
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String tag = null;
            if (last.get(names.get(i)) != i) {
                int t = tagsBefore.get(i);
                tag = t < tags.size() ? tags.get(t) : null;
            }
            out.add(new Step(names.get(i), tag));
        }
        return out;
    }

    private static Dialect engine(Dir dir, Scan scan) {
        List<Path> confs = new ArrayList<>();
        confs.add(dir.path().resolve("sqitch.conf"));
        if (dir.path().getParent() != null) {
            confs.add(dir.path().getParent().resolve("sqitch.conf"));
        }
        for (Path conf : confs) {
            if (!java.nio.file.Files.isRegularFile(conf)) {
                continue;
            }
            FileText t = scan.text(conf);
            if (t.text() != null) {
                Matcher m = ENGINE.matcher(t.text());
                if (m.find()) {
                    String e = m.group(1).replace("\"", "");
                    return e.equals("cockroach") || e.equals("yugabyte") ? Dialect.POSTGRESQL
                            : Dialect.parse(e).orElse(null);
                }
            }
        }
        return null;
    }
}
