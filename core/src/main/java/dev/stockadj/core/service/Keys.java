package dev.stockadj.core.service;

import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.VendorName;

import java.time.LocalDate;
import java.util.List;

/**
 * Derives idempotency keys and count fingerprints from canonical content: a count's fingerprint once per count, a
 * document's content hash and key once per document, each in one pass over its lines with nothing built per line.
 */
final class Keys {
    private static final int KEY_HEX_DIGITS = 24;

    private Keys() {
    }

    /**
     * The key of one document: count reference + vendor + destination + location + index + content hash. The destination is
     * in it so the same count on two destinations sharing a journal gets two sets of keys.
     */
    public static IdempotencyKey document(CountReference reference, VendorName vendor, Destination destination,
                                          LocationId location, int index, String contentHash) {
        String hash = new Canonical().record("document", reference, vendor, destination, location, index, contentHash)
                .sha256();
        return new IdempotencyKey(IdempotencyKey.PREFIX + hash.substring(0, KEY_HEX_DIGITS));
    }

    /** The hash of what a document sends. */
    public static String content(QuantityMode mode, LocalDate date, String memo, Accounts accounts,
                                 List<PlannedLine> lines) {
        Canonical canonical = content(mode, date, memo, accounts);
        for (PlannedLine line : lines) {
            contentLine(canonical, line);
        }
        return canonical.sha256();
    }

    /** What a document's content hash starts with; its lines follow ({@link #contentLine}). */
    static Canonical content(QuantityMode mode, LocalDate date, String memo, Accounts accounts) {
        return new Canonical().record("content", mode, date, memo, accounts.gain(), accounts.loss());
    }

    /** One line's record in a document's content: written ahead into a kept text, or straight into the hash. */
    static void contentLine(Canonical canonical, PlannedLine line) {
        Position position = line.position();
        canonical.field(position.item().value()).field(position.bin()).field(position.lot()).field(line.book())
                .field(line.target()).field(line.unitCost()).field(line.expires()).end();
    }

    /**
     * The fingerprint of a count as given (before SKUs are resolved or books read): the same
     * reference with another fingerprint is another count.
     */
    public static String fingerprint(StockCount count) {
        Canonical canonical = fingerprintOf(count);
        for (CountLine line : count.lines()) {
            fingerprintLine(canonical, line);
        }
        return canonical.sha256();
    }

    /**
     * What a count's fingerprint starts with; every line follows, in the count's order ({@link #fingerprintLine}),
     * and {@link Canonical#sha256()} ends it: written by planning as it sums the lines, while each is at hand.
     */
    static Canonical fingerprintOf(StockCount count) {
        return new Canonical().record("count", count.reference(), count.location(), count.date(), count.memo(),
                count.currency());
    }

    /** One line's record in its count's fingerprint. */
    static void fingerprintLine(Canonical canonical, CountLine line) {
        canonical.field(line.lineNo()).field(line.item() instanceof Sku ? "Sku" : "ItemId").field(line.item().value())
                .field(line.counted()).field(line.unitCost()).field(line.bookAtCount()).field(line.bin())
                .field(line.lot()).field(line.expires()).end();
    }

    /** The key of a cost correction: vendor + branch + date + the items and costs, in order. */
    public static IdempotencyKey costCorrection(VendorName vendor, LocationId branch, LocalDate businessDate,
                                                String notes, boolean draft, List<CostItem> items) {
        Canonical canonical = new Canonical().record("costs", vendor, branch, businessDate, notes, draft);
        items.forEach(item -> canonical.record(item.item(), item.costPerUnit()));
        return new IdempotencyKey(IdempotencyKey.PREFIX + canonical.sha256().substring(0, KEY_HEX_DIGITS));
    }
}
