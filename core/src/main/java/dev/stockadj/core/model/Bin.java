package dev.stockadj.core.model;

/** A bin inside a location, by the vendor's id or name. */
public record Bin(String value) {
    public Bin {
        value = Text.require(value, "bin", 128);
    }

    @Override
    public String toString() {
        return value;
    }
}
