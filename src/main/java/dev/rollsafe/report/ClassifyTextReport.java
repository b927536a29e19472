package dev.rollsafe.report;

import dev.rollsafe.engine.CheckResult;
import dev.rollsafe.engine.ClassifiedStatement;
import java.io.PrintWriter;

/**
 * One line per statement, in aligned columns: {@code path:line:  class  summary}; statements of down,
 * undo and revert parts end with {@code (down)}.
 */
public final class ClassifyTextReport implements Report {

    @Override
    public void write(CheckResult result, PrintWriter out) {
        int where = 0;
        int cls = 0;
        for (ClassifiedStatement s : result.statements()) {
            where = Math.max(where, location(s).length());
            cls = Math.max(cls, s.statementClass().id().length());
        }
        for (ClassifiedStatement s : result.statements()) {
            String line = pad(location(s), where) + "  " + pad(s.statementClass().id(), cls) + "  " + s.summary()
                    + (s.deploy() ? "" : "  (down)");
            out.println(line.stripTrailing());
        }
        out.flush();
    }

    private static String location(ClassifiedStatement s) {
        return s.path() + ":" + s.line() + ":";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
