package dev.stockadj.benchmarks;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.port.out.JournalPort;

import java.util.List;
import java.util.Optional;

/**
 * A journal that counts what is asked of it: the writes (each one transaction, committed before it returns) and the
 * reads. {@link ApplyRequests} says them for one apply, so a journal's cost per document can be explained.
 */
final class CountingJournal implements JournalPort {
    private final JournalPort journal;
    private int writes;
    private int reads;

    CountingJournal(JournalPort journal) {
        this.journal = journal;
    }

    int writes() {
        return writes;
    }

    int reads() {
        return reads;
    }

    @Override
    public boolean freeze(CountPlan plan, List<JournalEntry> planned) {
        writes++;
        return journal.freeze(plan, planned);
    }

    @Override
    public Optional<CountPlan> plan(CountReference reference, Destination destination) {
        reads++;
        return journal.plan(reference, destination);
    }

    @Override
    public List<JournalEntry> entries(CountReference reference) {
        reads++;
        return journal.entries(reference);
    }

    @Override
    public List<JournalEntry> entries() {
        reads++;
        return journal.entries();
    }

    @Override
    public Optional<JournalEntry> entry(IdempotencyKey key) {
        reads++;
        return journal.entry(key);
    }

    @Override
    public boolean transition(DocumentState expected, JournalEntry next) {
        writes++;
        return journal.transition(expected, next);
    }
}
