package dev.stockadj.aolib.sandbox;

import java.util.Objects;

/** An item of the sandbox: its number (Name), UPC, and how it is tracked. */
record SandboxItem(int id, String name, String upc, boolean bins, LotOrSerial lotOrSerial) {

    enum LotOrSerial { NONE, LOT, SERIAL }

    SandboxItem {
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(lotOrSerial, "lot or serial tracking is required");
    }

    boolean lotTracked() {
        return lotOrSerial != LotOrSerial.NONE;
    }
}
