package dev.stockadj.core.model.vendor;

/** How a vendor takes quantity changes. */
public enum QuantityMode {
    /** "The shelf now holds 50" (Qoyod): the vendor computes the difference itself. */
    ABSOLUTE,
    /** "+3" (Order Time): signed changes computed from the book quantities. */
    DELTA,
    /** The vendor takes no quantity changes at all (Foodics cost adjustments). */
    NONE
}
