package dev.rollsafe.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A persistent append-only list (newest first inside), so schemas can share their history. */
final class Trail<T> {
    private final T head;
    private final Trail<T> tail;
    private final int size;

    private Trail(T head, Trail<T> tail, int size) {
        this.head = head;
        this.tail = tail;
        this.size = size;
    }

    static <T> Trail<T> empty() {
        return new Trail<>(null, null, 0);
    }

    Trail<T> plus(T item) {
        return new Trail<>(item, this, size + 1);
    }

    int size() {
        return size;
    }

    /** The newest {@code count} items, oldest first. */
    List<T> newest(int count) {
        List<T> out = new ArrayList<>(Math.max(0, count));
        Trail<T> t = this;
        for (int i = 0; i < count && t.size > 0; i++) {
            out.add(t.head);
            t = t.tail;
        }
        Collections.reverse(out);
        return List.copyOf(out);
    }

    /** All items, oldest first. */
    List<T> toList() {
        return newest(size);
    }
}
