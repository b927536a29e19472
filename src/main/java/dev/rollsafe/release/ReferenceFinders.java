package dev.rollsafe.release;

import dev.rollsafe.release.refs.orm.DieselSchemaFinder;
import dev.rollsafe.release.refs.orm.DjangoFinder;
import dev.rollsafe.release.refs.orm.GoStructTagFinder;
import dev.rollsafe.release.refs.orm.JpaFinder;
import dev.rollsafe.release.refs.orm.MyBatisFinder;
import dev.rollsafe.release.refs.orm.PrismaFinder;
import dev.rollsafe.release.refs.orm.SqlAlchemyFinder;
import dev.rollsafe.release.refs.sql.SqlFileFinder;
import dev.rollsafe.release.refs.sql.SqlStringFinder;
import java.util.List;

/** The one list of code-reference finders (one small finder per source kind). */
public final class ReferenceFinders {
    private ReferenceFinders() {
    }

    /**
     * The finders as rollsafe.yaml adjusts them: {@code jpaNaming: hibernate} reads implicit JPA names as
     * written instead of Spring Boot's snake_case (the default).
     */
    public static List<ReferenceFinder> configured(List<ReferenceFinder> finders, java.util.Map<String, Object> extra) {
        Object naming = extra == null ? null : extra.get("jpaNaming");
        if (naming == null || !naming.toString().strip().equalsIgnoreCase("hibernate")) {
            return finders;
        }
        List<ReferenceFinder> out = new java.util.ArrayList<>();
        for (ReferenceFinder f : finders) {
            out.add(f instanceof JpaFinder ? new JpaFinder(JpaFinder.Naming.HIBERNATE) : f);
        }
        return out;
    }

    public static List<ReferenceFinder> standard() {
        return List.of(new SqlStringFinder(), new SqlFileFinder(), new JpaFinder(), new MyBatisFinder(),
                new GoStructTagFinder(), new SqlAlchemyFinder(), new DieselSchemaFinder(), new PrismaFinder(),
                new DjangoFinder());
    }
}
