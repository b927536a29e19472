package dev.rollsafe.parse.python;

import java.util.List;
import java.util.Map;

/**
 * An expression of the Python subset that Django's makemigrations writes, with where it is in the file
 * ({@code start} and {@code end} are char offsets, end exclusive).
 */
public sealed interface PyExpr {
    int start();

    int end();

    /** A string literal; adjacent literals are joined as Python joins them. */
    record Str(String value, int start, int end) implements PyExpr {
    }

    /** A number as written (a leading minus included). */
    record Num(String text, int start, int end) implements PyExpr {
    }

    /** {@code True}, {@code False} or {@code None}. */
    record Const(String name, int start, int end) implements PyExpr {
    }

    /** A name or an attribute chain: {@code settings.AUTH_USER_MODEL}, {@code django.db.models.deletion.CASCADE}. */
    record Ref(String dotted, int start, int end) implements PyExpr {
        /** The last part of the chain: {@code CharField} for {@code models.CharField}. */
        public String last() {
            int dot = dotted.lastIndexOf('.');
            return dot < 0 ? dotted : dotted.substring(dot + 1);
        }
    }

    /** A call of a name or attribute chain, with its positional and keyword arguments in order. */
    record Call(Ref callee, List<PyExpr> args, Map<String, PyExpr> kwargs, int start, int end) implements PyExpr {
        public Call {
            args = List.copyOf(args);
            kwargs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kwargs));
        }

        public String name() {
            return callee.last();
        }

        public PyExpr kw(String name) {
            return kwargs.get(name);
        }

        /** The keyword argument, else the positional one at {@code index}, else null. */
        public PyExpr arg(String name, int index) {
            PyExpr k = kwargs.get(name);
            return k != null ? k : index < args.size() ? args.get(index) : null;
        }
    }

    /** A list, tuple or set display. */
    record Seq(List<PyExpr> items, char open, int start, int end) implements PyExpr {
        public Seq {
            items = List.copyOf(items);
        }
    }

    /** A dict display, keys and values in order. */
    record Dict(List<PyExpr> keys, List<PyExpr> values, int start, int end) implements PyExpr {
        public Dict {
            keys = List.copyOf(keys);
            values = List.copyOf(values);
        }
    }

    /** Anything else this reader keeps only as text: a lambda, an operator expression ({@code Q(a) | Q(b)}). */
    record Other(String text, int start, int end) implements PyExpr {
    }
}
