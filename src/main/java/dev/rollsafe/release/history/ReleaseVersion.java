package dev.rollsafe.release.history;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version a release tag names, ordered the way releases follow each other: numeric parts compare as
 * numbers ({@code 1.10.0} after {@code 1.9.0}, missing parts count as zero), a pre-release sorts before its
 * release, and pre-release identifiers compare as in semantic versioning (numeric ones as numbers, so
 * {@code rc.2 < rc.10}; numeric before alphanumeric; a shorter list first when one is a prefix of the other).
 * Build metadata ({@code +build}) is ignored. Versions that are equal (v1.2 and 1.2.0) are ordered by tag name.
 *
 * @param tag        the tag name
 * @param numbers    the numeric parts
 * @param preRelease the pre-release identifiers, empty for a release
 */
public record ReleaseVersion(String tag, List<BigInteger> numbers, List<String> preRelease)
        implements Comparable<ReleaseVersion> {
    private static final Pattern NUMBERS = Pattern.compile("(\\d+(?:\\.\\d+)*)(.*)", Pattern.DOTALL);

    public ReleaseVersion {
        numbers = List.copyOf(numbers);
        preRelease = List.copyOf(preRelease);
    }

    /**
     * Reads the version in {@code text} (a tag name or the version part of one): the first run of
     * dot-separated numbers; what follows (after an optional '-' or '.') up to a '+' is the pre-release.
     * Empty when the text holds no number.
     */
    public static Optional<ReleaseVersion> parse(String tag, String text) {
        if (tag == null || text == null) {
            return Optional.empty();
        }
        int first = 0;
        while (first < text.length() && !Character.isDigit(text.charAt(first))) {
            first++;
        }
        Matcher m = NUMBERS.matcher(text.substring(first));
        if (first == text.length() || !m.matches()) {
            return Optional.empty();
        }
        List<BigInteger> numbers = new ArrayList<>();
        for (String p : m.group(1).split("\\.")) {
            numbers.add(new BigInteger(p));
        }
        String rest = m.group(2);
        int plus = rest.indexOf('+');
        if (plus >= 0) {
            rest = rest.substring(0, plus);
        }
        if (rest.startsWith("-") || rest.startsWith(".")) {
            rest = rest.substring(1);
        }
        List<String> pre = new ArrayList<>();
        if (!rest.isEmpty()) {
            for (String p : rest.split("\\.")) {
                if (!p.isEmpty()) {
                    pre.add(p);
                }
            }
        }
        return Optional.of(new ReleaseVersion(tag, numbers, pre));
    }

    /** True for a pre-release ({@code -rc.1}, {@code -beta}). */
    public boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    @Override
    public int compareTo(ReleaseVersion o) {
        int c = compareNumbers(numbers, o.numbers);
        if (c == 0) {
            c = comparePre(preRelease, o.preRelease);
        }
        return c != 0 ? c : tag.compareTo(o.tag);
    }

    private static int compareNumbers(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
            BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
            int c = x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int comparePre(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            // a release sorts after every pre-release of itself
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        }
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compareIdentifier(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareIdentifier(String x, String y) {
        boolean nx = x.chars().allMatch(Character::isDigit);
        boolean ny = y.chars().allMatch(Character::isDigit);
        if (nx && ny) {
            return new BigInteger(x).compareTo(new BigInteger(y));
        }
        if (nx != ny) {
            return nx ? -1 : 1;
        }
        return x.compareTo(y);
    }
}
