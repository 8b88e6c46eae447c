package dev.stockadj.core.port.in;

/** The draft as updated, or why nothing was sent. */
public sealed interface CostUpdateResult permits DraftUpdated, Invalid, Refused {
}
