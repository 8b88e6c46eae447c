package dev.stockadj.core.service;

import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.port.out.JournalPort;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A journal that passes every call to another: the base of a decorator that watches the journal (logging,
 * progress) and overrides only what it watches.
 */
public abstract class ForwardingJournal implements JournalPort {
    private final JournalPort journal;

    protected ForwardingJournal(JournalPort journal) {
        this.journal = Objects.requireNonNull(journal, "journal is required");
    }

    /** The journal every call goes to. */
    protected final JournalPort journal() {
        return journal;
    }

    @Override
    public boolean freeze(CountPlan plan, List<JournalEntry> planned) {
        return journal.freeze(plan, planned);
    }

    @Override
    public Optional<CountPlan> plan(CountReference reference, Destination destination) {
        return journal.plan(reference, destination);
    }

    @Override
    public List<JournalEntry> entries(CountReference reference) {
        return journal.entries(reference);
    }

    @Override
    public List<JournalEntry> entries() {
        return journal.entries();
    }

    @Override
    public Optional<JournalEntry> entry(IdempotencyKey key) {
        return journal.entry(key);
    }

    @Override
    public boolean transition(DocumentState expected, JournalEntry next) {
        return journal.transition(expected, next);
    }

    @Override
    public String toString() {
        return journal.toString();
    }
}
