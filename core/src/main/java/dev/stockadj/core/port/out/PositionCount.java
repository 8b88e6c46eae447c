package dev.stockadj.core.port.out;

import dev.stockadj.core.model.Position;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;

import java.util.List;
import java.util.Objects;

/**
 * One position a count names, as the vendor is asked to check it before anything is read or
 * sent: where (item, bin, lot or serial number, at the vendor's granularity), the count lines it
 * was summed from, and what was counted there in all.
 */
public record PositionCount(Position position, List<Integer> lines, Quantity counted) {
    public PositionCount {
        Objects.requireNonNull(position, "position is required");
        lines = List.copyOf(lines);
        Objects.requireNonNull(counted, "counted quantity is required");
        if (lines.isEmpty() || lines.stream().anyMatch(line -> line < 1)) {
            throw new IllegalArgumentException("a counted position comes from count lines 1 or more: " + lines);
        }
        if (counted.signum() < 0) {
            throw new IllegalArgumentException("counted quantity must not be negative: " + counted);
        }
    }

    /** The same problem on each count line of this position, so every line that needs fixing is named. */
    public List<Problem> problem(String field, String message) {
        return lines.stream().map(line -> new Problem(line, field, message)).toList();
    }
}
