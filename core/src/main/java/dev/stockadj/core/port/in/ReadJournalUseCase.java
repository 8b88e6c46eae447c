package dev.stockadj.core.port.in;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.JournalEntry;

import java.util.List;
import java.util.Optional;

/** Reads the journal: every document, or those of one count. */
public interface ReadJournalUseCase {
    List<JournalEntry> entries(Optional<CountReference> count);
}
