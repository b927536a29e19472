package dev.rollsafe.release;

import java.util.ArrayList;
import java.util.List;

/** Runs every finder that wants a file over it; the finders never throw, and neither does this. */
public final class ReferenceScanner {
    private final List<ReferenceFinder> finders;

    public ReferenceScanner(List<ReferenceFinder> finders) {
        this.finders = List.copyOf(finders);
    }

    /** What decides this scanner's results, for cache keys: its finders' ids and classes, in order. */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder();
        for (ReferenceFinder f : finders) {
            sb.append(f.id()).append('=').append(f.getClass().getName()).append(';');
        }
        return sb.toString();
    }

    /** True when some finder reads files at this path. */
    public boolean accepts(String path) {
        for (ReferenceFinder f : finders) {
            if (f.accepts(path)) {
                return true;
            }
        }
        return false;
    }

    public List<Reference> scan(String path, String text) {
        List<Reference> out = new ArrayList<>();
        for (ReferenceFinder f : finders) {
            if (f.accepts(path)) {
                try {
                    out.addAll(f.find(path, text));
                } catch (RuntimeException | StackOverflowError e) {
                    // a finder's bug must not stop the check: the file simply yields nothing from it
                }
            }
        }
        return out;
    }
}
