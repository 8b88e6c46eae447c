package dev.stockadj.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/** The cost of one unit, in the count's currency; never negative. Normalised. */
public record UnitCost(BigDecimal value) {
    public UnitCost {
        Objects.requireNonNull(value, "unit cost is required");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("unit cost must not be negative: " + value.toPlainString());
        }
        value = Decimals.normalise(value);
    }

    public static UnitCost of(String text) {
        return new UnitCost(new BigDecimal(text));
    }

    public int decimalPlaces() {
        return Math.max(0, value.scale());
    }

    /** Plain decimal text, never exponent notation. */
    public String plain() {
        return value.toPlainString();
    }

    @Override
    public String toString() {
        return plain();
    }
}
