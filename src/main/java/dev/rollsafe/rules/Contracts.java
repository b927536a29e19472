package dev.rollsafe.rules;

import dev.rollsafe.model.Change;
import java.util.ArrayList;
import java.util.List;

/** A statement's changes with procedural blocks opened: a DROP inside a DO block is a drop all the same. */
final class Contracts {
    private Contracts() {
    }

    static List<Change> of(List<Change> changes) {
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof Change.ProceduralBlock b) {
                out.addAll(of(b.inner()));
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
