package dev.rollsafe.source;

import java.util.List;

/** Visits a walked tree top-down and asks each layout, in order, whether a folder is in it. */
final class Detector {
    private final Layout forced;
    private final boolean explicit;

    /**
     * @param forced   the configured layout, or null to detect
     * @param explicit true when the walk started at a folder the user named
     */
    Detector(Layout forced, boolean explicit) {
        this.forced = forced;
        this.explicit = explicit;
    }

    static LayoutFinder finderFor(Layout layout, boolean loose) {
        switch (layout) {
            case FLYWAY:
                return new FlywayFinder();
            case LIQUIBASE:
            case GOOSE:
            case DBMATE:
                return new DirectiveFinder(layout);
            case GOLANG_MIGRATE:
                return new GolangMigrateFinder();
            case DIESEL:
                return new DieselFinder();
            case PRISMA:
                return new PrismaFinder();
            case SQITCH:
                return new SqitchFinder();
            case ATLAS:
                return new AtlasFinder();
            case POPX:
                return new PopxFinder();
            case DJANGO:
                return new DjangoFinder();
            default:
                return new PlainFinder(loose);
        }
    }

    private List<LayoutFinder> finders(boolean top) {
        boolean loose = explicit && top;
        if (forced != null) {
            return List.of(finderFor(forced, loose));
        }
        return List.of(new DjangoFinder(), new SqitchFinder(), new AtlasFinder(), new PrismaFinder(), new DieselFinder(),
                new FlywayFinder(), new PopxFinder(), new GolangMigrateFinder(), new DirectiveFinder(null),
                new PlainFinder(loose));
    }

    void detect(Dir dir, Scan scan, List<SetPlan> out, boolean top) {
        Found found = null;
        for (LayoutFinder f : finders(top)) {
            found = f.find(dir, scan, forced != null);
            if (found != null && !found.sets().isEmpty()) {
                break;
            }
            found = null;
        }
        if (found != null) {
            out.addAll(found.sets());
        }
        for (Dir d : dir.dirs()) {
            if (found == null || !found.consumed().contains(d.path())) {
                detect(d, scan, out, false);
            }
        }
    }
}
