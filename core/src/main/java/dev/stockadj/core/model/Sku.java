package dev.stockadj.core.model;

/** A stock-keeping unit or barcode, to be resolved to a vendor item id before planning. */
public record Sku(String value) implements ItemRef {
    public Sku {
        value = Text.require(value, "SKU", 128);
    }

    @Override
    public String toString() {
        return value;
    }
}
