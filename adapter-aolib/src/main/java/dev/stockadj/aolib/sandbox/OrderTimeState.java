package dev.stockadj.aolib.sandbox;

import dev.stockadj.plumbing.sandbox.StateFile;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What an Order Time sandbox keeps between runs (its {@link StateFile}): stock per item, location, bin and lot or
 * serial; every lot's expiry (new lots included); every adjustment stored, as it is answered, with the moves that
 * deleting it reverses; and the next DocNo. The items, locations, bins and accounts are the seed's: no request
 * changes them. Not kept: injected failures, list semantics and row variants, request counts.
 */
record OrderTimeState(String vendor, int format, List<Position> stock, List<LotExpiry> lots,
                      List<Stored> adjustments, int nextDocNo) {
    static final String VENDOR = "ordertime";
    static final int FORMAT = 1;

    OrderTimeState {
        StateFile.requireKind("an Order Time", VENDOR, FORMAT, vendor, format);
        stock = List.copyOf(stock);
        lots = List.copyOf(lots);
        adjustments = List.copyOf(adjustments);
    }

    /** What is on hand at one place; bin 0 = none, lot "" = none. */
    record Position(int item, int location, int bin, String lot, BigDecimal quantity) {
        Position {
            Objects.requireNonNull(lot, "lot is required (may be empty)");
            Objects.requireNonNull(quantity, "quantity is required");
        }
    }

    /** @param expires ISO date */
    record LotExpiry(int item, String number, String expires) {
        LotExpiry {
            Objects.requireNonNull(number, "lot number is required");
            Objects.requireNonNull(expires, "expires is required");
        }
    }

    /** A stored adjustment: its answer (carrying its DocNo) and the moves it made. */
    record Stored(int docNo, ObjectNode adjustment, List<Movement> moves) {
        Stored {
            Objects.requireNonNull(adjustment, "adjustment is required");
            if (adjustment.path("DocNo").asInt(-1) != docNo) {
                throw new IllegalArgumentException("adjustment " + docNo + " carries DocNo " + adjustment.path("DocNo"));
            }
            moves = List.copyOf(moves);
        }
    }

    /** @param expires ISO date, or {@code null} */
    record Movement(int item, int location, int bin, String lot, BigDecimal quantity, String expires) {
        Movement {
            Objects.requireNonNull(lot, "lot is required (may be empty)");
            Objects.requireNonNull(quantity, "quantity is required");
        }
    }
}
