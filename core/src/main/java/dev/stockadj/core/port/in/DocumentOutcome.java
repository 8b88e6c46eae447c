package dev.stockadj.core.port.in;

import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;

import java.util.Objects;

/** One document of an apply, and where the journal has it now. */
public record DocumentOutcome(AdjustmentDocument document, JournalEntry entry) {
    public DocumentOutcome {
        Objects.requireNonNull(document, "document is required");
        Objects.requireNonNull(entry, "entry is required");
    }

    public DocumentState state() {
        return entry.state();
    }

    /** Applied, but the vendor's answer shows something other than what was sent (see the entry's errors). */
    public boolean recordedOtherwise() {
        return entry.recordedOtherwise();
    }
}
