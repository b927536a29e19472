package dev.rollsafe.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A persistent sorted map from strings: {@link #put} and {@link #remove} return a new map that shares
 * all but O(log n) nodes with this one (an AVL tree with path copying). This is what keeps the schema
 * replay cheap: a change to one table copies one path of the tree, not every table.
 */
final class PMap<V> {

    private record Node<V>(String key, V value, Node<V> left, Node<V> right, int height, int size) {
        static <V> Node<V> of(String key, V value, Node<V> left, Node<V> right) {
            return new Node<>(key, value, left, right, 1 + Math.max(PMap.height(left), PMap.height(right)),
                    1 + PMap.size(left) + PMap.size(right));
        }
    }

    private final Node<V> root;

    private PMap(Node<V> root) {
        this.root = root;
    }

    static <V> PMap<V> empty() {
        return new PMap<>(null);
    }

    int size() {
        return size(root);
    }

    boolean isEmpty() {
        return root == null;
    }

    V get(String key) {
        Node<V> n = root;
        while (n != null) {
            int c = key.compareTo(n.key);
            if (c == 0) {
                return n.value;
            }
            n = c < 0 ? n.left : n.right;
        }
        return null;
    }

    boolean containsKey(String key) {
        return get(key) != null;
    }

    /** A map with {@code key} bound to {@code value} (not null); this map itself when nothing changes. */
    PMap<V> put(String key, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null value for " + key);
        }
        Node<V> r = put(root, key, value);
        return r == root ? this : new PMap<>(r);
    }

    /** A map without {@code key}; this map itself when the key is absent. */
    PMap<V> remove(String key) {
        Node<V> r = remove(root, key);
        return r == root ? this : new PMap<>(r);
    }

    /** The values in key order. */
    List<V> values() {
        List<V> out = new ArrayList<>(size());
        forEach((k, v) -> out.add(v));
        return out;
    }

    /** Visits the entries in key order. */
    void forEach(BiConsumer<String, V> visitor) {
        walk(root, visitor);
    }

    private static <V> void walk(Node<V> n, BiConsumer<String, V> visitor) {
        if (n != null) {
            walk(n.left, visitor);
            visitor.accept(n.key, n.value);
            walk(n.right, visitor);
        }
    }

    private static int height(Node<?> n) {
        return n == null ? 0 : n.height;
    }

    private static int size(Node<?> n) {
        return n == null ? 0 : n.size;
    }

    private static <V> Node<V> put(Node<V> n, String key, V value) {
        if (n == null) {
            return Node.of(key, value, null, null);
        }
        int c = key.compareTo(n.key);
        if (c < 0) {
            Node<V> l = put(n.left, key, value);
            return l == n.left ? n : balance(n.key, n.value, l, n.right);
        }
        if (c > 0) {
            Node<V> r = put(n.right, key, value);
            return r == n.right ? n : balance(n.key, n.value, n.left, r);
        }
        return n.value == value ? n : new Node<>(key, value, n.left, n.right, n.height, n.size);
    }

    private static <V> Node<V> remove(Node<V> n, String key) {
        if (n == null) {
            return null;
        }
        int c = key.compareTo(n.key);
        if (c < 0) {
            Node<V> l = remove(n.left, key);
            return l == n.left ? n : balance(n.key, n.value, l, n.right);
        }
        if (c > 0) {
            Node<V> r = remove(n.right, key);
            return r == n.right ? n : balance(n.key, n.value, n.left, r);
        }
        if (n.left == null) {
            return n.right;
        }
        if (n.right == null) {
            return n.left;
        }
        Node<V> min = n.right;
        while (min.left != null) {
            min = min.left;
        }
        return balance(min.key, min.value, n.left, remove(n.right, min.key));
    }

    private static <V> Node<V> balance(String key, V value, Node<V> l, Node<V> r) {
        int hl = height(l);
        int hr = height(r);
        if (hl > hr + 1) {
            if (height(l.left) >= height(l.right)) {
                return Node.of(l.key, l.value, l.left, Node.of(key, value, l.right, r));
            }
            Node<V> lr = l.right;
            return Node.of(lr.key, lr.value, Node.of(l.key, l.value, l.left, lr.left), Node.of(key, value, lr.right, r));
        }
        if (hr > hl + 1) {
            if (height(r.right) >= height(r.left)) {
                return Node.of(r.key, r.value, Node.of(key, value, l, r.left), r.right);
            }
            Node<V> rl = r.left;
            return Node.of(rl.key, rl.value, Node.of(key, value, l, rl.left), Node.of(r.key, r.value, rl.right, r.right));
        }
        return Node.of(key, value, l, r);
    }

    /** Height of the tree, for tests of the balance. */
    int height() {
        return height(root);
    }
}
