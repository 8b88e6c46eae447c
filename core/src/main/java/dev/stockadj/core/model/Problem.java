package dev.stockadj.core.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the input, found before anything was sent.
 *
 * @param line    the input line (1 = first data line), or 0 for the input as a whole
 * @param field   the column or setting concerned, or "" for the line as a whole
 * @param message what is wrong, in words a user can act on
 */
public record Problem(int line, String field, String message) implements Comparable<Problem> {
    private static final Comparator<Problem> ORDER = Comparator.comparingInt(Problem::line)
            .thenComparing(Problem::field).thenComparing(Problem::message);

    public Problem {
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative");
        }
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message is required");
    }

    public static Problem ofInput(String field, String message) {
        return new Problem(0, field, message);
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        String where = line == 0 ? "input" : "line " + line;
        return where + (field.isEmpty() ? "" : " (" + field + ")") + ": " + message;
    }
}
