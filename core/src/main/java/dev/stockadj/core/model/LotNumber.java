package dev.stockadj.core.model;

/** A lot or serial number of a lot- or serial-tracked item. */
public record LotNumber(String value) {
    public LotNumber {
        value = Text.require(value, "lot or serial number", 50);
    }

    @Override
    public String toString() {
        return value;
    }
}
