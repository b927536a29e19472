package dev.rollsafe.source;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Orders version strings and file names the way migration tools do: digit runs compare as numbers. */
final class Versions {
    /** Natural order of names: "2_x" before "10_x", "0009" before "00010"; the extension is ignored. */
    static final Comparator<String> NATURAL = Versions::compareNatural;

    private Versions() {
    }

    /** The parts of a version such as {@code 1.2.10} or {@code 1_2_10} (an {@code _} reads as a dot). */
    static List<BigInteger> parts(String version) {
        List<BigInteger> out = new ArrayList<>();
        for (String p : version.replace('_', '.').split("\\.")) {
            if (!p.isEmpty()) {
                out.add(new BigInteger(p));
            }
        }
        return out;
    }

    /** Compares versions part by part as numbers; missing parts count as zero, so {@code 1.0} equals {@code 1}. */
    static int compareVersions(String a, String b) {
        List<BigInteger> x = parts(a);
        List<BigInteger> y = parts(b);
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            BigInteger p = i < x.size() ? x.get(i) : BigInteger.ZERO;
            BigInteger q = i < y.size() ? y.get(i) : BigInteger.ZERO;
            int c = p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** A version written the canonical way: numbers without leading zeros, no trailing zero parts. */
    static String normalise(String version) {
        List<BigInteger> p = parts(version);
        int n = p.size();
        while (n > 1 && p.get(n - 1).signum() == 0) {
            n--;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(p.get(i));
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }

    static int compareNatural(String a, String b) {
        String x = stripExtension(a);
        String y = stripExtension(b);
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            char c = x.charAt(i);
            char d = y.charAt(j);
            if (isDigit(c) && isDigit(d)) {
                int ei = digitsEnd(x, i);
                int ej = digitsEnd(y, j);
                int cmp = compareDigits(x.substring(i, ei), y.substring(j, ej));
                if (cmp != 0) {
                    return cmp;
                }
                i = ei;
                j = ej;
            } else {
                if (c != d) {
                    return Character.compare(c, d);
                }
                i++;
                j++;
            }
        }
        int cmp = Integer.compare(x.length() - i, y.length() - j);
        return cmp != 0 ? cmp : a.compareTo(b);
    }

    private static String stripExtension(String name) {
        String n = name;
        String lower = n.toLowerCase(java.util.Locale.ROOT);
        for (String ext : new String[] {".sql.postgres", ".sql.sqlite", ".sql"}) {
            if (lower.endsWith(ext)) {
                return n.substring(0, n.length() - ext.length());
            }
        }
        return n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int compareDigits(String a, String b) {
        String x = a.replaceFirst("^0+(?=.)", "");
        String y = b.replaceFirst("^0+(?=.)", "");
        int c = Integer.compare(x.length(), y.length());
        return c != 0 ? c : x.compareTo(y);
    }
}
