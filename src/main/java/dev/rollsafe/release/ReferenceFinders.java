package dev.rollsafe.release;

import dev.rollsafe.release.refs.orm.DieselSchemaFinder;
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

    public static List<ReferenceFinder> standard() {
        return List.of(new SqlStringFinder(), new SqlFileFinder(), new JpaFinder(), new MyBatisFinder(),
                new GoStructTagFinder(), new SqlAlchemyFinder(), new DieselSchemaFinder(), new PrismaFinder());
    }
}
