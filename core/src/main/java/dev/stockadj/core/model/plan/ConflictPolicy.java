package dev.stockadj.core.model.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What to do when stock moved while counting (a line's book-at-count differs from the book now). */
public enum ConflictPolicy {
    /** Report the conflicts and send nothing. */
    FAIL,
    /** The shelf is the truth: target = counted. */
    KEEP_COUNTED,
    /** Apply the counted difference on top of what moved: target = current + (counted − book at count). */
    KEEP_DIFFERENCE;

    /** The command-line spelling: {@code fail}, {@code keep-counted}, {@code keep-difference}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ConflictPolicy parse(String text) {
        for (ConflictPolicy p : values()) {
            if (p.cliName().equals(text)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown conflict policy '" + text + "'; use one of "
                + Arrays.stream(values()).map(ConflictPolicy::cliName).collect(Collectors.joining(", ")));
    }
}
