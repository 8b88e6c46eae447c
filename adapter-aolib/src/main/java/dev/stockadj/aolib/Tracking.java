package dev.stockadj.aolib;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockadj.aolib.dto.ItemRow;

import java.util.Locale;
import java.util.Optional;

/**
 * How Order Time tracks an item, as far as its row says. {@code tracked} comes from the documented
 * {@code TrackLotOrSerial} only (empty when absent, unreadable, or contradicted by {@code LotOrSerial}), so a
 * count is never refused because a field was missing. {@code serial} comes from the assumed {@code LotOrSerial}
 * ("Serial" or 2): only then is a serial number held to one unit. Order Time documents no bin flag on items.
 */
record Tracking(Optional<Boolean> tracked, boolean serial) {

    private enum Kind { NONE, LOT, SERIAL }

    static final Tracking UNKNOWN = new Tracking(Optional.empty(), false);

    static Tracking of(ItemRow row) {
        Optional<Boolean> flag = flag(row.trackLotOrSerial());
        Optional<Kind> kind = kind(row.lotOrSerial());
        boolean contradicts = flag.isPresent() && kind.isPresent() && flag.get() != (kind.get() != Kind.NONE);
        Optional<Boolean> tracked = contradicts ? Optional.empty() : flag;
        boolean serial = !contradicts && kind.filter(k -> k == Kind.SERIAL).isPresent();
        return new Tracking(tracked, serial);
    }

    /** True when Order Time says, in its documented field, that the item carries no lot or serial numbers. */
    boolean untracked() {
        return tracked.equals(Optional.of(false));
    }

    /** True when Order Time says, in its documented field, that the item is lot or serial tracked. */
    boolean lotOrSerial() {
        return tracked.equals(Optional.of(true));
    }

    /** A boolean as JSON true/false, "true"/"false" or 1/0; anything else is not known. */
    private static Optional<Boolean> flag(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        return switch (value.asText().strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Optional.of(true);
            case "false", "0" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** "Lot"/1, "Serial"/2, "None"/0 (text or number); anything else is not known. */
    private static Optional<Kind> kind(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode() || value.isContainerNode()) {
            return Optional.empty();
        }
        return switch (value.asText().strip().toLowerCase(Locale.ROOT)) {
            case "serial", "serialnumber", "serial number", "2" -> Optional.of(Kind.SERIAL);
            case "lot", "lotnumber", "lot number", "1" -> Optional.of(Kind.LOT);
            case "none", "0" -> Optional.of(Kind.NONE);
            default -> Optional.empty();
        };
    }
}
