package dev.stockadj.core.model.vendor;

/** How a posted document can be found again after an uncertain outcome. */
public enum ReadBack {
    /** By the vendor's id (which an uncertain outcome does not give). */
    BY_ID,
    /** By searching for the idempotency key the document carries. */
    BY_SEARCH,
    /** Not at all: uncertain documents are resolved by reading stock (Qoyod). */
    NONE
}
