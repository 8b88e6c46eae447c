package dev.stockadj.core.port.in;

import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.revert.UndoStep;

import java.util.Objects;

/** One step of a revert, and where the journal has it now. */
public record StepOutcome(UndoStep step, JournalEntry entry) {
    public StepOutcome {
        Objects.requireNonNull(step, "step is required");
        Objects.requireNonNull(entry, "entry is required");
    }

    public DocumentState state() {
        return entry.state();
    }
}
