package dev.rollsafe.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Edge cases of the directive parsers that the fixture trees do not show. */
class SectionCuttersTest {

    private static String text(String t, Segment s) {
        return t.substring(s.start(), s.end());
    }

    @Test
    void gooseUnterminatedBlockStillEndsAtEndOfFile() {
        String t = "-- +goose Up\n-- +goose StatementBegin\nCREATE FUNCTION f() ...;\n";
        List<Segment> s = GooseSections.cut(t);
        assertEquals(1, s.size());
        assertTrue(s.get(0).singleStatement());
        assertEquals("CREATE FUNCTION f() ...;\n", text(t, s.get(0)));
    }

    @Test
    void gooseDirectivesAreCaseInsensitiveAndCrLfIsHandled() {
        String t = "-- +goose up\r\nSELECT 1;\r\n--+goose DOWN\r\nSELECT 2;\r\n";
        List<Segment> s = GooseSections.cut(t);
        assertEquals(2, s.size());
        assertEquals("SELECT 1;\r\n", text(t, s.get(0)));
        assertEquals("SELECT 2;\r\n", text(t, s.get(1)));
        assertFalse(s.get(1).deploy());
    }

    @Test
    void gooseWithoutUpHasNoSegments() {
        assertTrue(GooseSections.cut("SELECT 1;\n").isEmpty());
        assertFalse(GooseSections.isGooseFile("-- goose is a bird\n"));
    }

    @Test
    void dbmateWithoutDownAndEmptyUp() {
        String t = "-- migrate:up\n\n-- migrate:down\nDROP TABLE x;";
        List<Segment> s = DbmateSections.cut(t);
        assertEquals(1, s.size());
        assertEquals("DROP TABLE x;", text(t, s.get(0)));
        assertEquals("down", s.get(0).label());
    }

    @Test
    void liquibaseNeedsTheHeaderOnTheFirstLine() {
        assertTrue(LiquibaseChangesets.isLiquibaseFile("\n-- liquibase formatted sql\n--changeset a:1\n"));
        assertFalse(LiquibaseChangesets.isLiquibaseFile("-- hello\n-- liquibase formatted sql\n"));
    }

    @Test
    void liquibaseRollbackLinesAreEachASegmentAndBodyResumesAfterThem() {
        String t = "--liquibase formatted sql\n-- changeset a:1 runInTransaction:false\nSELECT 1;\n"
                + "--rollback SELECT 2;\n--rollback SELECT 3;\nSELECT 4;\n--changeset b:2\nSELECT 5;";
        List<Segment> s = LiquibaseChangesets.cut(t);
        assertEquals(List.of("SELECT 1;\n", "SELECT 2;", "SELECT 3;", "SELECT 4;\n", "SELECT 5;"),
                s.stream().map(x -> text(t, x)).toList());
        assertEquals(List.of(true, false, false, true, true), s.stream().map(Segment::deploy).toList());
        assertEquals(List.of("a:1", "a:1", "a:1", "a:1", "b:2"), s.stream().map(Segment::label).toList());
        assertFalse(s.get(0).transactional());
        assertTrue(s.get(4).transactional());
    }

    @Test
    void segmentsOfAnEmptyPlainFile() {
        List<Segment> s = Segments.cut(Layout.PLAIN, "", Planned.of(java.nio.file.Path.of("x.sql"), "x.sql", true),
                dev.rollsafe.model.Dialect.POSTGRESQL);
        assertEquals(1, s.size());
        assertEquals(0, s.get(0).end());
    }

    @Test
    void atlasDelimiterDirective() {
        String t = "-- atlas:delimiter -- end\nCREATE PROCEDURE p() BEGIN SELECT 1; END\n-- end\n";
        Segment s = Segments.cut(Layout.ATLAS, t, Planned.of(java.nio.file.Path.of("a.sql"), "a.sql", true), null)
                .get(0);
        assertEquals("-- end", s.delimiter());
        assertTrue(s.transactional());
    }
}
