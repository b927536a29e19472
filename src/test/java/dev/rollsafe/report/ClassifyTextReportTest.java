package dev.rollsafe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rollsafe.engine.ClassifiedStatement;
import dev.rollsafe.model.StatementClass;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifyTextReportTest {

    @Test
    void alignsColumnsAndMarksDownStatements() {
        String out = Results.render(new ClassifyTextReport(), Results.classified(List.of(
                new ClassifiedStatement("db/V1__a.sql", 4, 1, StatementClass.ADDITIVE, "add column users.email", true),
                new ClassifiedStatement("db/V1__a.sql", 12, 1, StatementClass.DESTRUCTIVE, "drop table old", true),
                new ClassifiedStatement("db/U1__a.sql", 1, 1, StatementClass.NEUTRAL, "no schema change", false))));
        assertEquals("db/V1__a.sql:4:   additive     add column users.email\n"
                + "db/V1__a.sql:12:  destructive  drop table old\n"
                + "db/U1__a.sql:1:   neutral      no schema change  (down)\n", out);
    }

    @Test
    void emptyResultPrintsNothing() {
        assertEquals("", Results.render(new ClassifyTextReport(), Results.classified(List.of())));
    }
}
