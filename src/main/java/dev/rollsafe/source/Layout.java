package dev.rollsafe.source;

import java.util.Locale;
import java.util.Optional;

/** The migration frameworks whose file layouts rollsafe reads. {@link #id()} is what reports print. */
public enum Layout {
    FLYWAY("flyway"),
    LIQUIBASE("liquibase"),
    GOLANG_MIGRATE("golang-migrate"),
    GOOSE("goose"),
    DBMATE("dbmate"),
    DIESEL("diesel"),
    PRISMA("prisma"),
    SQITCH("sqitch"),
    ATLAS("atlas"),
    POPX("popx"),
    DJANGO("django"),
    PLAIN("plain");

    private final String id;

    Layout(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Layout> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Layout l : values()) {
            if (l.id.equals(t) || l.name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
