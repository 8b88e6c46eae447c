package dev.stockadj.core.model.plan;

import dev.stockadj.core.model.Money;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every counted position with its variance, in the count's currency. The totals are computed
 * from the lines, never stored: each is a sum of the lines' rounded values (never rounded again),
 * so a report cannot carry totals that disagree with its lines. A planned report keeps its lines
 * compact ({@link VarianceLines}).
 */
public record VarianceReport(List<VarianceLine> lines, Currency currency) {
    public VarianceReport {
        Objects.requireNonNull(lines, "lines are required");
        Objects.requireNonNull(currency, "currency is required");
        // a planned report's compact lines are unmodifiable and valued in its currency: kept as they are
        if (!(lines instanceof VarianceLines compact && compact.currency().equals(currency))) {
            lines = List.copyOf(lines);
            for (VarianceLine line : lines) {
                if (line.value().isPresent() && !line.value().get().currency().equals(currency)) {
                    throw new IllegalArgumentException("line " + line.position() + " is valued in "
                            + line.value().get().currency() + ", the report in " + currency);
                }
            }
        }
    }

    public static VarianceReport of(List<VarianceLine> lines, Currency currency) {
        return new VarianceReport(lines, currency);
    }

    /** The sum of the gain lines' values (stock found). */
    public Money gains() {
        return total(Direction.GAIN);
    }

    /** The sum of the loss lines' values (negative: shrinkage). */
    public Money losses() {
        return total(Direction.LOSS);
    }

    /** Gains plus losses. */
    public Money net() {
        return gains().plus(losses());
    }

    /** Gain and loss lines without a unit cost, which no total includes. */
    public int unvalued() {
        return (int) lines.stream().filter(l -> l.direction() != Direction.MATCH && l.value().isEmpty()).count();
    }

    public long count(Direction direction) {
        return lines.stream().filter(l -> l.direction() == direction).count();
    }

    private Money total(Direction direction) {
        return lines.stream().filter(l -> l.direction() == direction).map(VarianceLine::value)
                .flatMap(Optional::stream).reduce(Money.zero(currency), Money::plus);
    }
}
