package dev.stockadj.core.port.out;

import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One position a count names, as the vendor is asked to check it before anything is read or
 * sent: where (item, bin, lot or serial number, at the vendor's granularity), the count lines it
 * was summed from, what was counted there in all, and the lot's expiry when the count gave one
 * (a vendor that needs an expiry for a new lot refuses the position without it).
 */
public record PositionCount(Position position, List<Integer> lines, Quantity counted, Optional<LocalDate> expires) {
    public PositionCount {
        Objects.requireNonNull(position, "position is required");
        lines = List.copyOf(lines);
        Objects.requireNonNull(counted, "counted quantity is required");
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a counted position comes from count lines 1 or more: " + lines);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) < 1) {
                throw new IllegalArgumentException("a counted position comes from count lines 1 or more: " + lines);
            }
        }
        if (counted.signum() < 0) {
            throw new IllegalArgumentException("counted quantity must not be negative: " + counted);
        }
        Objects.requireNonNull(expires, "expires is required (may be empty)");
    }

    /** A position counted without an expiry. */
    public PositionCount(Position position, List<Integer> lines, Quantity counted) {
        this(position, lines, counted, Optional.empty());
    }

    /** The same problem on each count line of this position, so every line that needs fixing is named. */
    public List<Problem> problem(String field, String message) {
        return lines.stream().map(line -> new Problem(line, field, message)).toList();
    }
}
