package dev.stockadj.aolib.sandbox;

import java.util.Objects;

/**
 * An item of the sandbox: its number (Name), UPC, and how it is tracked by lot or serial number.
 * {@code shelvedInBins} is internal only: where a change sent without a bin is kept (the location's first bin
 * rather than no bin). It is never served (Order Time documents no bin flag on items) and never a reason to
 * refuse a bin.
 */
record SandboxItem(int id, String name, String upc, boolean shelvedInBins, LotOrSerial lotOrSerial) {

    enum LotOrSerial { NONE, LOT, SERIAL }

    SandboxItem {
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(lotOrSerial, "lot or serial tracking is required");
    }

    boolean lotTracked() {
        return lotOrSerial != LotOrSerial.NONE;
    }
}
