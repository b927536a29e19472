package dev.rollsafe.parse;

import dev.rollsafe.model.Change;
import java.util.List;

/**
 * What the {@link Recognizer} made of one statement.
 *
 * @param changes    what the statement does, in order; empty when it does nothing rollsafe models
 * @param understood false when neither JSqlParser nor the fallback recognizer understood the statement
 *                   (or a part of it, such as one clause of an ALTER TABLE; {@code changes} then holds
 *                   what was understood)
 * @param problem    why it was not understood, a short reason; null when understood
 */
public record Recognition(List<Change> changes, boolean understood, String problem) {
    public Recognition {
        changes = List.copyOf(changes);
    }

    static Recognition of(List<Change> changes) {
        return new Recognition(changes, true, null);
    }

    static Recognition of(Change change) {
        return new Recognition(List.of(change), true, null);
    }

    static Recognition failed(String problem) {
        return new Recognition(List.of(), false, problem);
    }
}
