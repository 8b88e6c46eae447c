package dev.stockadj.core.service;

import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.revert.RevertPlan;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.JournalPort;

import java.util.EnumSet;
import java.util.Set;

/**
 * Marks a count's documents REVERTED once every step of its revert is done: applied ones (their vendor id and answer
 * kept) and ones never sent alike, so the count is closed — apply refuses it and a new reference is needed. Each mark
 * is a compare-and-set, so a re-run after a kill marks what is left and nothing twice.
 */
final class RevertedMarks {
    private static final Set<DocumentState> CLOSABLE = EnumSet.of(DocumentState.APPLIED, DocumentState.PLANNED,
            DocumentState.REJECTED);

    private final JournalPort journal;
    private final ClockPort clock;

    RevertedMarks(JournalPort journal, ClockPort clock) {
        this.journal = journal;
        this.clock = clock;
    }

    void mark(CountPlan plan, RevertPlan revert) {
        for (AdjustmentDocument document : plan.documents()) {
            journal.entry(document.key()).filter(e -> CLOSABLE.contains(e.state())).ifPresent(entry ->
                    journal.transition(entry.state(), entry.moveTo(DocumentState.REVERTED, why(entry, revert),
                            clock.now())));
        }
    }

    private static String why(JournalEntry entry, RevertPlan revert) {
        return (entry.state() == DocumentState.APPLIED ? "undone by stockadj revert" : "never sent; the count was reverted")
                + " (" + revert.steps().size() + " step(s)); applying the count again needs a new count reference";
    }
}
