package dev.stockadj.core.service;

import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.RevertJournalPort;

import java.util.Optional;

/**
 * A journal whose documents are found by key together with the steps of its reverts, so that an operator settles an
 * UNCERTAIN revert step with {@code stockadj resolve KEY} exactly as a document ({@link ResolveUncertainService}).
 * Every other call is the journal's own.
 */
public final class DocumentsAndSteps extends ForwardingJournal {
    private final RevertJournalPort steps;

    private DocumentsAndSteps(JournalPort journal, RevertJournalPort steps) {
        super(journal);
        this.steps = steps;
    }

    /** The journal with its revert steps, when it keeps reverts; else the journal as it is. */
    public static JournalPort of(JournalPort journal) {
        return journal instanceof RevertJournalPort reverts ? new DocumentsAndSteps(journal, reverts) : journal;
    }

    @Override
    public Optional<JournalEntry> entry(IdempotencyKey key) {
        return journal().entry(key).or(() -> steps.step(key));
    }

    @Override
    public boolean transition(DocumentState expected, JournalEntry next) {
        return journal().entry(next.key()).isPresent() ? journal().transition(expected, next)
                : steps.transitionStep(expected, next);
    }
}
