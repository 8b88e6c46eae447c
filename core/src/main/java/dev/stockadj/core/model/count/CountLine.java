package dev.stockadj.core.model.count;

import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.ItemRef;
import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.UnitCost;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a stock count, as the counter wrote it.
 *
 * @param lineNo      the line in the input file (1 is the first data line after the header)
 * @param item        vendor item id or SKU
 * @param counted     what was on the shelf; never negative
 * @param unitCost    the cost of one unit, if known (values the variance, sent as rate/cost)
 * @param bookAtCount what the integrated system believed was on record at count time, if known
 * @param bin         the bin counted, if any
 * @param lot         the lot or serial number counted, if any
 * @param expires     the lot's expiry date, if any (only with a lot)
 */
public record CountLine(
        int lineNo,
        ItemRef item,
        Quantity counted,
        Optional<UnitCost> unitCost,
        Optional<Quantity> bookAtCount,
        Optional<Bin> bin,
        Optional<LotNumber> lot,
        Optional<LocalDate> expires) {

    public CountLine {
        if (lineNo < 1) {
            throw new IllegalArgumentException("line number must be 1 or more: " + lineNo);
        }
        Objects.requireNonNull(item, "item is required");
        Objects.requireNonNull(counted, "counted quantity is required");
        Objects.requireNonNull(unitCost, "unitCost is required (may be empty)");
        Objects.requireNonNull(bookAtCount, "bookAtCount is required (may be empty)");
        Objects.requireNonNull(bin, "bin is required (may be empty)");
        Objects.requireNonNull(lot, "lot is required (may be empty)");
        Objects.requireNonNull(expires, "expires is required (may be empty)");
        if (counted.signum() < 0) {
            throw new IllegalArgumentException("counted quantity must not be negative: " + counted);
        }
        if (bookAtCount.isPresent() && bookAtCount.get().signum() < 0) {
            throw new IllegalArgumentException("book quantity must not be negative: " + bookAtCount.get());
        }
        if (expires.isPresent() && lot.isEmpty()) {
            throw new IllegalArgumentException("an expiry date needs a lot or serial number");
        }
    }

    /** A plain line: an item and what was counted. */
    public static CountLine of(int lineNo, ItemRef item, Quantity counted) {
        return new CountLine(lineNo, item, counted, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public CountLine withItem(ItemRef newItem) {
        return new CountLine(lineNo, newItem, counted, unitCost, bookAtCount, bin, lot, expires);
    }
}
