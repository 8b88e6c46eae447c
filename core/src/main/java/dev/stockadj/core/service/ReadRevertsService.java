package dev.stockadj.core.service;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.port.in.ReadRevertsUseCase;
import dev.stockadj.core.port.out.RevertJournalPort;

import java.util.List;
import java.util.Optional;

/** Reads the revert steps from the journal. */
public final class ReadRevertsService implements ReadRevertsUseCase {
    private final RevertJournalPort reverts;

    public ReadRevertsService(RevertJournalPort reverts) {
        this.reverts = reverts;
    }

    @Override
    public List<JournalEntry> steps(Optional<CountReference> count) {
        return reverts.steps().stream().filter(e -> count.map(e.countReference()::equals).orElse(true)).toList();
    }
}
