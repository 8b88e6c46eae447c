package dev.stockadj.core.model.journal;

/** Where a planned document is on its way to the vendor (DESIGN.md §3). */
public enum DocumentState {
    /** Frozen in the journal, not sent (or known not to have arrived). */
    PLANNED,
    /** A request is leaving or has left; found at start-up, it means the process died mid-request. */
    SENDING,
    /** The vendor recorded it; its id and full answer are kept. */
    APPLIED,
    /** The vendor refused it with field errors; nothing was recorded. */
    REJECTED,
    /** The request may have arrived; must be resolved before anything is re-sent. */
    UNCERTAIN,
    /** Applied, then undone by {@code stockadj revert}: the count is closed; applying it again needs a new reference. */
    REVERTED
}
