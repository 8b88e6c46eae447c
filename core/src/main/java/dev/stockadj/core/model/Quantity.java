package dev.stockadj.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantity of stock: counted, on the books, a target, or a signed delta. Normalised, so
 * {@code 1.5} and {@code 1.50} are equal.
 */
public record Quantity(BigDecimal value) implements Comparable<Quantity> {
    public static final Quantity ZERO = new Quantity(BigDecimal.ZERO);

    public Quantity {
        Objects.requireNonNull(value, "quantity is required");
        value = Decimals.normalise(value);
    }

    public static Quantity of(String text) {
        return new Quantity(new BigDecimal(text));
    }

    public static Quantity of(long units) {
        return new Quantity(BigDecimal.valueOf(units));
    }

    public Quantity plus(Quantity other) {
        return new Quantity(value.add(other.value));
    }

    public Quantity minus(Quantity other) {
        return new Quantity(value.subtract(other.value));
    }

    public int signum() {
        return value.signum();
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    /** Decimal places needed to write this quantity exactly. */
    public int decimalPlaces() {
        return Math.max(0, value.scale());
    }

    /** Plain decimal text, never exponent notation. */
    public String plain() {
        return value.toPlainString();
    }

    @Override
    public int compareTo(Quantity other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return plain();
    }
}
