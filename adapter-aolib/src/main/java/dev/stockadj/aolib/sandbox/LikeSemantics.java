package dev.stockadj.aolib.sandbox;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How the sandbox's {@code /list} operator 12 ("like") matches, since Order Time does not document
 * it: the adapter must find its documents again whichever it is.
 */
public enum LikeSemantics {
    /** Case-insensitive "contains"; {@code %} is ignored (the default). */
    CONTAINS,
    /** SQL LIKE: {@code %} is a wildcard, and a pattern without one must equal the whole value. */
    SQL,
    /** "Contains", with {@code %} taken literally (the vendor adds its own wildcards). */
    LITERAL,
    /** Matches nothing at all, as a search that is broken or not allowed to this role. */
    NOTHING;

    boolean matches(String actual, String pattern) {
        String value = actual.toLowerCase(Locale.ROOT);
        String wanted = pattern.toLowerCase(Locale.ROOT);
        return switch (this) {
            case CONTAINS -> value.contains(wanted.replace("%", ""));
            case SQL -> value.matches(sqlRegex(wanted));
            case LITERAL -> value.contains(wanted);
            case NOTHING -> false;
        };
    }

    /** {@code %} becomes "anything"; every other character stands for itself. */
    private static String sqlRegex(String pattern) {
        return Arrays.stream(pattern.split("%", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
    }
}
