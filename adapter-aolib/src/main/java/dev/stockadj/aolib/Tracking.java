package dev.stockadj.aolib;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockadj.aolib.dto.ItemRow;

import java.util.Locale;
import java.util.Objects;

/**
 * How Order Time tracks an item: whether it is kept in bins, and whether by lot or by serial
 * number (each serial number is one unit).
 */
record Tracking(boolean bins, Kind kind) {

    enum Kind { NONE, LOT, SERIAL }

    Tracking {
        Objects.requireNonNull(kind, "kind is required");
    }

    static Tracking of(ItemRow row) {
        boolean bins = Boolean.TRUE.equals(row.trackBins());
        Kind kind = kind(row.lotOrSerial());
        if (kind == Kind.NONE && Boolean.TRUE.equals(row.trackLotOrSerial())) {
            kind = Kind.LOT;
        }
        return new Tracking(bins, kind);
    }

    private static Kind kind(JsonNode value) {
        if (value == null || value.isNull()) {
            return Kind.NONE;
        }
        String text = value.asText().strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "serial", "2" -> Kind.SERIAL;
            case "lot", "1" -> Kind.LOT;
            default -> Kind.NONE;
        };
    }

    boolean serial() {
        return kind == Kind.SERIAL;
    }
}
