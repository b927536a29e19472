package dev.rollsafe.engine;

import dev.rollsafe.model.StatementClass;

/** One statement as the classify command reports it. */
public record ClassifiedStatement(String path, int line, int column, StatementClass statementClass, String summary,
                                  boolean deploy) {
}
