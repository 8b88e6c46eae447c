package dev.stockadj.core.port.in;

import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.count.Position;

import java.util.List;
import java.util.Objects;

/**
 * One position of a count as the vendor holds it now: what stockadj set it to (the count's target, or after a
 * revert what the revert set back), what the vendor holds, and why they differ.
 *
 * @param lines the count lines the position was summed from
 * @param why   for a drifted position, what is known of the cause (empty when it matches)
 */
public record PositionCheck(Position position, List<Integer> lines, Quantity expected, Quantity found, Drift drift,
                            String why) {
    public PositionCheck {
        Objects.requireNonNull(position, "position is required");
        lines = List.copyOf(lines);
        Objects.requireNonNull(expected, "expected is required");
        Objects.requireNonNull(found, "found is required");
        Objects.requireNonNull(drift, "drift is required");
        why = why == null ? "" : why;
    }

    /** found − expected: negative when stock is missing against what was set. */
    public Quantity difference() {
        return found.minus(expected);
    }
}
