package dev.stockadj.core.model;

/** Where stock is held: a Qoyod inventory, a Foodics branch, an Order Time location. */
public record LocationId(String value) {
    public LocationId {
        value = Text.require(value, "location id", 128);
    }

    @Override
    public String toString() {
        return value;
    }
}
