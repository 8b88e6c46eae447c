package dev.stockadj.core.port.in;

import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.VendorName;
import dev.stockadj.core.model.journal.JournalEntry;

import java.util.List;
import java.util.Optional;

/** Reads the journal: every document, or those of one count, and a count's frozen plan. */
public interface ReadJournalUseCase {
    List<JournalEntry> entries(Optional<CountReference> count);

    /**
     * The plan frozen for {@code count} on {@code destination} by its first apply, if it has been applied there —
     * or one {@code vendor} froze before destinations were recorded: the plan apply would continue.
     */
    Optional<CountPlan> plan(CountReference count, VendorName vendor, Destination destination);
}
