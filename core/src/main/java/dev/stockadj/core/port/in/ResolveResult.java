package dev.stockadj.core.port.in;

import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.journal.JournalEntry;

/** The outcome of resolving a document by hand. */
public sealed interface ResolveResult {
    /** The entry now, APPLIED or PLANNED. */
    record Resolved(JournalEntry entry) implements ResolveResult {
    }

    /** No document has that key. */
    record UnknownKey(IdempotencyKey key) implements ResolveResult {
    }

    /** The document is not UNCERTAIN (or SENDING from a dead run); nothing changed. */
    record NotUncertain(JournalEntry entry) implements ResolveResult {
    }
}
