package dev.stockadj.aolib.sandbox;

import java.util.Comparator;
import java.util.Objects;

/** Where stock sits in the sandbox: item, location, bin (0 = none) and lot or serial ("" = none). */
record StockKey(int item, int location, int bin, String lot) implements Comparable<StockKey> {

    private static final Comparator<StockKey> ORDER = Comparator.comparingInt(StockKey::item)
            .thenComparingInt(StockKey::location).thenComparingInt(StockKey::bin).thenComparing(StockKey::lot);

    StockKey {
        Objects.requireNonNull(lot, "lot is required (may be empty)");
    }

    @Override
    public int compareTo(StockKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return "item " + item + " at location " + location + (bin == 0 ? "" : " bin " + bin)
                + (lot.isEmpty() ? "" : " lot/serial " + lot);
    }
}
