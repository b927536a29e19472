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
        List<MigrationFile> files = new ArrayList<>();
        for (Planned p : plan.files()) {
            String display = scan.display(p.path());
            if (p.note() != null) {
                files.add(new MigrationFile(p.path(), display, plan.layout(), p.identity(), p.deploy(), p.dialect(),
                        null, p.note(), List.of()));
                continue;
            }
            FileText t = scan.text(p.path());
            if (t.text() == null) {
                files.add(new MigrationFile(p.path(), display, plan.layout(), p.identity(), p.deploy(), p.dialect(),
                        null, t.problem(), List.of()));
                continue;
            }
            Dialect fileDialect = override != null || p.dialect() == null ? dialect : p.dialect();
            List<Segment> segments = Segments.cut(plan.layout(), t.text(), p, fileDialect);
            files.add(new MigrationFile(p.path(), display, plan.layout(), p.identity(), p.deploy(), p.dialect(),
                    t.text(), null, segments));
        }
        return new MigrationSet(plan.root(), plan.layout(), dialect, files);
    }
}
