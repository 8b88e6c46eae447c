package dev.stockadj.core.model.plan;

import dev.stockadj.core.model.Money;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.count.Position;

import java.util.List;
import java.util.Optional;

/**
 * The variance of one position: counted against the book now. {@code target} is what the
 * position will hold after the plan is applied (the counted quantity, or under
 * {@code keep-difference} the book now plus the counted difference); {@code variance} is
 * target − book, and {@code value} is variance × unit cost, rounded once.
 */
public record VarianceLine(
        Position position,
        List<Integer> sourceLines,
        Quantity counted,
        Quantity book,
        Quantity target,
        Quantity variance,
        Direction direction,
        Optional<UnitCost> unitCost,
        Optional<Money> value) {

    public VarianceLine {
        sourceLines = List.copyOf(sourceLines);
        if (!isDifference(variance, target, book)) {
            throw new IllegalArgumentException("variance must be target − book");
        }
        if (direction != Direction.of(variance)) {
            throw new IllegalArgumentException("direction must follow the variance's sign");
        }
    }

    /** variance = target − book, without computing it where the answer is plain (a match, an empty book). */
    private static boolean isDifference(Quantity variance, Quantity target, Quantity book) {
        if (variance.isZero()) {
            return target.equals(book);
        }
        return book.isZero() ? variance.equals(target) : variance.equals(target.minus(book));
    }

    /** True when several input lines named this position and were summed. */
    public boolean merged() {
        return sourceLines.size() > 1;
    }
}
