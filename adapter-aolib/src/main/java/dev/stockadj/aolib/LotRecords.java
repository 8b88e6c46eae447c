package dev.stockadj.aolib;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LotNumber;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The lot and serial numbers Order Time knows (record type 1100) for some items, with their expiry where the
 * record gives a readable one. A number absent here is new to Order Time for that item.
 */
final class LotRecords {

    record Key(ItemId item, LotNumber lot) {
    }

    private final Map<Key, Optional<LocalDate>> expiries;

    LotRecords(Map<Key, Optional<LocalDate>> expiries) {
        this.expiries = Map.copyOf(expiries);
    }

    static LotRecords none() {
        return new LotRecords(Map.of());
    }

    boolean known(ItemId item, LotNumber lot) {
        return expiries.containsKey(new Key(item, lot));
    }

    /** The expiry Order Time records for a known lot or serial number; empty when new or recorded without one. */
    Optional<LocalDate> expiry(ItemId item, LotNumber lot) {
        return expiries.getOrDefault(new Key(item, lot), Optional.empty());
    }
}
