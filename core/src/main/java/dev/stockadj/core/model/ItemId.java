package dev.stockadj.core.model;

/** A vendor's own identifier of an inventory item (Qoyod product id, Foodics inventory item id, Order Time item id). */
public record ItemId(String value) implements ItemRef {
    public ItemId {
        value = Text.require(value, "vendor item id", 128);
    }

    @Override
    public String toString() {
        return value;
    }
}
