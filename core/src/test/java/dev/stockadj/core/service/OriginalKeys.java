package dev.stockadj.core.service;

import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.VendorName;

import java.time.LocalDate;
import java.util.List;

/** Keys and fingerprints as derived before issue 11, over {@link StringCanonical}: the oracle for {@link Keys}. */
final class OriginalKeys {
    private static final int KEY_HEX_DIGITS = 24;

    private OriginalKeys() {
    }

    /**
     * The key of one document: count reference + vendor + destination + location + index + content hash. The destination is
     * in it so the same count on two destinations sharing a journal gets two sets of keys.
     */
    public static IdempotencyKey document(CountReference reference, VendorName vendor, Destination destination,
                                          LocationId location, int index, String contentHash) {
        String hash = new StringCanonical().record("document", reference, vendor, destination, location, index, contentHash)
                .sha256();
        return new IdempotencyKey(IdempotencyKey.PREFIX + hash.substring(0, KEY_HEX_DIGITS));
    }

    /** The hash of what a document sends. */
    public static String content(QuantityMode mode, LocalDate date, String memo, Accounts accounts,
                                 List<PlannedLine> lines) {
        StringCanonical canonical = new StringCanonical().record("content", mode, date, memo, accounts.gain(), accounts.loss());
        for (PlannedLine line : lines) {
            canonical.record(line.position().item(), line.position().bin(), line.position().lot(), line.book(),
                    line.target(), line.unitCost(), line.expires());
        }
        return canonical.sha256();
    }

    /**
     * The fingerprint of a count as given (before SKUs are resolved or books read): the same
     * reference with another fingerprint is another count.
     */
    public static String fingerprint(StockCount count) {
        StringCanonical canonical = new StringCanonical().record("count", count.reference(), count.location(), count.date(),
                count.memo(), count.currency());
        for (CountLine line : count.lines()) {
            canonical.record(line.lineNo(), line.item().getClass().getSimpleName(), line.item().value(),
                    line.counted(), line.unitCost(), line.bookAtCount(), line.bin(), line.lot(), line.expires());
        }
        return canonical.sha256();
    }

    /** The key of a cost correction: vendor + branch + date + the items and costs, in order. */
    public static IdempotencyKey costCorrection(VendorName vendor, LocationId branch, LocalDate businessDate,
                                                String notes, boolean draft, List<CostItem> items) {
        StringCanonical canonical = new StringCanonical().record("costs", vendor, branch, businessDate, notes, draft);
        items.forEach(item -> canonical.record(item.item(), item.costPerUnit()));
        return new IdempotencyKey(IdempotencyKey.PREFIX + canonical.sha256().substring(0, KEY_HEX_DIGITS));
    }
}
