package dev.stockadj.core.model;

import java.math.BigDecimal;

/** Normalisation of decimals so that record equality does not depend on scale. */
final class Decimals {
    private Decimals() {
    }

    static BigDecimal normalise(BigDecimal value) {
        if (value.scale() == 0) {
            return value; // a whole number at scale 0 is its normal form: nothing to strip, nothing made
        }
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
