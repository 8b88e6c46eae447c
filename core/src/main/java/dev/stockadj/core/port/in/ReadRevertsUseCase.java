package dev.stockadj.core.port.in;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.journal.JournalEntry;

import java.util.List;
import java.util.Optional;

/** Reads the steps of the reverts the journal keeps, newest revert first, or those of one count. */
public interface ReadRevertsUseCase {
    List<JournalEntry> steps(Optional<CountReference> count);
}
