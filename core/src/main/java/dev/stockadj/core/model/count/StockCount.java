package dev.stockadj.core.model.count;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.LocationId;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/** What a counter found at one location at one time. */
public record StockCount(
        CountReference reference,
        LocationId location,
        LocalDate date,
        String memo,
        Currency currency,
        List<CountLine> lines) {

    public static final int MAX_MEMO = 1000;

    public StockCount {
        Objects.requireNonNull(reference, "count reference is required");
        Objects.requireNonNull(location, "location is required");
        Objects.requireNonNull(date, "count date is required");
        Objects.requireNonNull(currency, "currency is required");
        memo = memo == null ? "" : memo.strip();
        if (memo.length() > MAX_MEMO) {
            throw new IllegalArgumentException("memo is longer than " + MAX_MEMO + " characters");
        }
        lines = List.copyOf(lines);
    }
}
