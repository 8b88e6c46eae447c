package dev.stockadj.core.model;

/** A Foodics cost adjustment transaction id. */
public record CostAdjustmentId(String value) {
    public CostAdjustmentId {
        value = Text.require(value, "cost adjustment id", 128);
    }

    @Override
    public String toString() {
        return value;
    }
}
