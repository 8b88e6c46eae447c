package dev.stockadj.core.service;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Lists quoted in problem messages, cut after their first {@value #SHOWN} entries with how many there are in all:
 * one item counted on a hundred thousand lines at as many costs is one readable problem, not a megabyte-long line.
 * A list that short or shorter reads exactly as it always did.
 */
final class Listing {
    static final int SHOWN = 20;

    private Listing() {
    }

    /** {@code 1, 2, 3}, or the first {@value #SHOWN} and {@code …, (100,000 in all)}. */
    static String joined(int[] numbers) {
        return joined(IntStream.of(numbers).boxed().limit(SHOWN + 1L).toList(), numbers.length);
    }

    /** As {@link List#toString()}: {@code [a, b]}, cut as {@link #joined(int[])} is. */
    static String bracketed(List<?> values) {
        return "[" + joined(values.size() > SHOWN ? values.subList(0, SHOWN + 1) : values, values.size()) + "]";
    }

    private static String joined(List<?> first, int all) {
        if (all <= SHOWN) {
            return first.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return first.stream().limit(SHOWN).map(String::valueOf).collect(Collectors.joining(", "))
                + String.format(Locale.ROOT, ", … (%,d in all)", all);
    }
}
