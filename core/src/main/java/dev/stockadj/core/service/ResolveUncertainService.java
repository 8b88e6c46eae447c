package dev.stockadj.core.service;

import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.port.in.ResolveResult;
import dev.stockadj.core.port.in.ResolveUncertainUseCase;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.JournalPort;

import java.util.Optional;

/**
 * Records an operator's verdict on a document whose outcome could not be found out: APPLIED (it
 * is in the vendor's books) or PLANNED (it is not; the next apply sends it).
 */
public final class ResolveUncertainService implements ResolveUncertainUseCase {
    private final JournalPort journal;
    private final ClockPort clock;

    public ResolveUncertainService(JournalPort journal, ClockPort clock) {
        this.journal = LoggedJournal.of(journal);
        this.clock = clock;
    }

    @Override
    public ResolveResult resolve(IdempotencyKey key, boolean applied) {
        Optional<JournalEntry> found = journal.entry(key);
        if (found.isEmpty()) {
            return new ResolveResult.UnknownKey(key);
        }
        JournalEntry entry = found.get();
        if (entry.state() != DocumentState.UNCERTAIN && entry.state() != DocumentState.SENDING) {
            return new ResolveResult.NotUncertain(entry);
        }
        JournalEntry next = applied
                ? entry.moveTo(DocumentState.APPLIED, "resolved by an operator: applied at the vendor", clock.now())
                : entry.moveTo(DocumentState.PLANNED, "resolved by an operator: not at the vendor; to be sent again",
                clock.now());
        if (!journal.transition(entry.state(), next)) {
            return new ResolveResult.NotUncertain(journal.entry(key).orElse(entry));
        }
        LoggedJournal.LOG.log(System.Logger.Level.INFO, () -> key + " resolved by an operator: "
                + (applied ? "applied at the vendor" : "not at the vendor, to be sent again"));
        return new ResolveResult.Resolved(next);
    }
}
