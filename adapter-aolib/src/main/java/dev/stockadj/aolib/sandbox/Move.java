package dev.stockadj.aolib.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One signed stock movement an adjustment makes. */
record Move(StockKey key, BigDecimal quantity, Optional<LocalDate> expires) {

    Move {
        Objects.requireNonNull(key, "key is required");
        Objects.requireNonNull(quantity, "quantity is required");
        Objects.requireNonNull(expires, "expires is required (may be empty)");
    }

    Move reversed() {
        return new Move(key, quantity.negate(), expires);
    }
}
