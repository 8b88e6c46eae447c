package dev.stockadj.core.service;

import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.VendorName;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.port.in.DocumentOutcome;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.VendorPorts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a count's frozen plan for a vendor: the one frozen on the vendor's destination, else one frozen
 * before destinations were recorded by the same vendor (it may have gone here; continuing it can never send it
 * twice). A plan frozen on another destination is another count.
 */
final class FrozenCounts {
    private final JournalPort journal;
    private final VendorPorts vendor;

    FrozenCounts(JournalPort journal, VendorPorts vendor) {
        this.journal = journal;
        this.vendor = vendor;
    }

    Optional<CountPlan> of(CountReference reference) {
        return find(journal, reference, vendor.capabilities().vendor(), vendor.destination());
    }

    /** The rule above, for whoever knows the vendor and the destination but not its ports. */
    static Optional<CountPlan> find(JournalPort journal, CountReference reference, VendorName vendor,
                                    Destination destination) {
        return journal.plan(reference, destination).or(() -> journal.plan(reference, Destination.UNRECORDED)
                .filter(plan -> plan.vendor().equals(vendor)));
    }

    /** The frozen plan is this count: the same content for the same vendor. */
    boolean isThis(CountPlan plan, StockCount count) {
        return plan.fingerprint().equals(Keys.fingerprint(count)) && plan.vendor().equals(vendor.capabilities().vendor());
    }

    /**
     * Each document of the frozen plan with its entry, read in one query for the whole count (entries on any
     * destination; their keys tell them apart): a million-line plan has thousands of documents, and one query each
     * was a database connection each.
     */
    List<DocumentOutcome> outcomes(CountPlan plan) {
        Map<IdempotencyKey, JournalEntry> byKey = new HashMap<>();
        journal.entries(plan.reference()).forEach(entry -> byKey.put(entry.key(), entry));
        return plan.documents().stream().map(document -> new DocumentOutcome(document, entry(document.key()
                .value(), Optional.ofNullable(byKey.get(document.key()))))).toList();
    }

    private static JournalEntry entry(String key, Optional<JournalEntry> found) {
        return found.orElseThrow(() -> new IllegalStateException("the journal lost document " + key));
    }
}
