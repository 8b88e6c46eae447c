package dev.stockadj.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in a currency, always at the currency's minor unit. Amounts are rounded once, when
 * they are made from an unrounded product ({@link #rounded}); sums of money are exact.
 */
public record Money(BigDecimal amount, Currency currency) {
    public Money {
        Objects.requireNonNull(amount, "amount is required");
        Objects.requireNonNull(currency, "currency is required");
        int digits = minorDigits(currency);
        if (amount.scale() > digits && Decimals.normalise(amount).scale() > digits) {
            throw new IllegalArgumentException(
                    "amount " + amount.toPlainString() + " has more decimals than " + currency + " allows; round it first");
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Rounds an exact product (quantity × unit cost) HALF_UP to the currency's minor unit. */
    public static Money rounded(BigDecimal exact, Currency currency) {
        return new Money(exact.setScale(minorDigits(currency), RoundingMode.HALF_UP), currency);
    }

    public static int minorDigits(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        return digits < 0 ? 2 : digits;
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    public int signum() {
        return amount.signum();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
