package dev.stockadj.core.model.plan;

import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.vendor.QuantityMode;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an adjustment document: a position, the book quantity it was planned from and the
 * target it must reach. What is sent is the target (absolute vendors) or target − book (delta
 * vendors); both are kept so an uncertain outcome can be judged by reading stock.
 */
public record PlannedLine(
        Position position,
        List<Integer> sourceLines,
        Quantity book,
        Quantity target,
        Optional<UnitCost> unitCost,
        Optional<LocalDate> expires) {

    public PlannedLine {
        Objects.requireNonNull(position, "position is required");
        sourceLines = List.copyOf(sourceLines);
        Objects.requireNonNull(book, "book is required");
        Objects.requireNonNull(target, "target is required");
        Objects.requireNonNull(unitCost, "unitCost is required (may be empty)");
        Objects.requireNonNull(expires, "expires is required (may be empty)");
        if (target.signum() < 0) {
            throw new IllegalArgumentException("target must not be negative: " + position + " → " + target);
        }
    }

    public Quantity delta() {
        return target.minus(book);
    }

    public Direction direction() {
        return Direction.of(delta());
    }

    /** What the vendor is sent for this line in the given mode. */
    public Quantity quantityToSend(QuantityMode mode) {
        return switch (mode) {
            case ABSOLUTE -> target;
            case DELTA -> delta();
            case NONE -> throw new IllegalStateException("a vendor without quantities is sent no lines");
        };
    }
}
