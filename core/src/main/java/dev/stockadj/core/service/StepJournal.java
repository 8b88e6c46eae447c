package dev.stockadj.core.service;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.RevertJournalPort;

import java.util.List;
import java.util.Optional;

/**
 * A revert's steps seen as a {@link JournalPort}, so a counter-document is sent by the very {@link DocumentRun} that
 * sends an apply's documents (same states, same lease, same resolution by search or by stock). Only the calls a
 * document run makes are served; the rest belong to counts, not to steps.
 */
final class StepJournal implements JournalPort {
    private final RevertJournalPort steps;

    StepJournal(RevertJournalPort steps) {
        this.steps = steps;
    }

    @Override
    public Optional<JournalEntry> entry(IdempotencyKey key) {
        return steps.step(key);
    }

    @Override
    public boolean transition(DocumentState expected, JournalEntry next) {
        return steps.transitionStep(expected, next);
    }

    @Override
    public boolean freeze(CountPlan plan, List<JournalEntry> planned) {
        throw new UnsupportedOperationException("a revert's steps are frozen with its plan");
    }

    @Override
    public Optional<CountPlan> plan(CountReference reference, Destination destination) {
        throw new UnsupportedOperationException("a revert's steps have no count plan");
    }

    @Override
    public List<JournalEntry> entries(CountReference reference) {
        throw new UnsupportedOperationException("a revert's steps are listed by the revert journal");
    }

    @Override
    public List<JournalEntry> entries() {
        throw new UnsupportedOperationException("a revert's steps are listed by the revert journal");
    }
}
