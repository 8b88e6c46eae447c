package dev.stockadj.core.service;

import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.VendorName;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.port.in.ReadJournalUseCase;
import dev.stockadj.core.port.out.JournalPort;

import java.util.List;
import java.util.Optional;

/** Reads the journal. */
public final class ReadJournalService implements ReadJournalUseCase {
    private final JournalPort journal;

    public ReadJournalService(JournalPort journal) {
        this.journal = journal;
    }

    @Override
    public List<JournalEntry> entries(Optional<CountReference> count) {
        return count.map(journal::entries).orElseGet(journal::entries);
    }

    @Override
    public Optional<CountPlan> plan(CountReference count, VendorName vendor, Destination destination) {
        return FrozenCounts.find(journal, count, vendor, destination);
    }
}
