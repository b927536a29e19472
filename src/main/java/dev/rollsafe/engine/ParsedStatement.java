package dev.rollsafe.engine;

import dev.rollsafe.model.Statement;

/** A statement with what the framework does around it: whether it runs inside a transaction, and in which segment. */
record ParsedStatement(Statement statement, boolean transactional, String segmentLabel)
        implements java.io.Serializable {
}
