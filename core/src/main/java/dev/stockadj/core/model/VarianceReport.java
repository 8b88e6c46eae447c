package dev.stockadj.core.model;

import java.util.Currency;
import java.util.List;

/**
 * Every counted position with its variance; totals are sums of the lines' rounded values (never
 * rounded again). {@code unvalued} counts gain/loss lines without a unit cost.
 */
public record VarianceReport(List<VarianceLine> lines, Money gains, Money losses, int unvalued) {
    public VarianceReport {
        lines = List.copyOf(lines);
    }

    public static VarianceReport of(List<VarianceLine> lines, Currency currency) {
        Money gains = Money.zero(currency);
        Money losses = Money.zero(currency);
        int unvalued = 0;
        for (VarianceLine line : lines) {
            if (line.direction() == Direction.MATCH) {
                continue;
            }
            if (line.value().isEmpty()) {
                unvalued++;
            } else if (line.direction() == Direction.GAIN) {
                gains = gains.plus(line.value().get());
            } else {
                losses = losses.plus(line.value().get());
            }
        }
        return new VarianceReport(lines, gains, losses, unvalued);
    }

    /** Gains plus losses (losses are negative amounts). */
    public Money net() {
        return gains.plus(losses);
    }

    public long count(Direction direction) {
        return lines.stream().filter(l -> l.direction() == direction).count();
    }
}
