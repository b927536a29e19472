package dev.rollsafe.source;

import dev.rollsafe.model.Dialect;
import java.util.ArrayList;
import java.util.List;

/** Turns a planned set into a {@link MigrationSet}: settles the dialect, reads each file once, cuts segments. */
final class SetAssembler {
    private SetAssembler() {
    }

    /**
     * @param override    the dialect the user asked for, or null
     * @param configured  the dialect of the config (folder entry, else global), or null
     */
    static MigrationSet assemble(SetPlan plan, Scan scan, Dialect override, Dialect configured) {
        Dialect dialect = override != null ? override
                : configured != null ? configured
                : plan.namingDialect() != null ? plan.namingDialect()
                : DialectHints.fromFolders(plan.root(), scan.cwd());
        if (dialect == null) {
            List<String> texts = new ArrayList<>();
            for (Planned p : plan.files()) {
                if (p.note() == null) {
                    texts.add(scan.text(p.path()).text());
                }
            }
            dialect = DialectHints.sniff(texts);
        }
        if (dialect == null) {
            dialect = Dialect.POSTGRESQL;
        }
        Dialect setDialect = dialect;
        // the files are independent: a folder of hundreds is read on every core (the order is kept)
        java.util.stream.Stream<Planned> planned = plan.files().size() > 8 ? plan.files().parallelStream()
                : plan.files().stream();
        List<MigrationFile> files = planned.map(p -> file(plan, p, scan, override, setDialect)).toList();
        return new MigrationSet(plan.root(), plan.layout(), dialect, files);
    }

    private static MigrationFile file(SetPlan plan, Planned p, Scan scan, Dialect override, Dialect dialect) {
        String display = scan.display(p.path());
        if (p.note() != null) {
            return new MigrationFile(p.path(), display, plan.layout(), p.identity(), p.deploy(), p.dialect(),
                    null, p.note(), List.of());
        }
        FileText t = scan.text(p.path());
        if (t.text() == null) {
            return new MigrationFile(p.path(), display, plan.layout(), p.identity(), p.deploy(), p.dialect(),
                    null, t.problem(), List.of());
        }
        Dialect fileDialect = override != null || p.dialect() == null ? dialect : p.dialect();
        List<Segment> segments = Segments.cut(plan.layout(), t.text(), p, fileDialect);
        return new MigrationFile(p.path(), display, plan.layout(), p.identity(), p.deploy(), p.dialect(),
                t.text(), null, segments);
    }
}
