package dev.stockadj.core.port.out;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.revert.RevertPlan;
import dev.stockadj.core.model.vendor.Destination;

import java.util.List;
import java.util.Optional;

/**
 * The durable record that makes a revert exactly-once, as {@link JournalPort} does for an apply: the revert's plan
 * is frozen once per count and destination, and each step moves PLANNED → SENDING → APPLIED, REJECTED or UNCERTAIN
 * by compare-and-set. Every call is committed before it returns.
 */
public interface RevertJournalPort {
    /** Freezes a revert plan with its steps PLANNED; false, storing nothing, when the count already has one there. */
    boolean freezeRevert(RevertPlan plan, List<JournalEntry> planned);

    Optional<RevertPlan> revertPlan(CountReference reference, Destination destination);

    Optional<JournalEntry> step(IdempotencyKey key);

    /** Replaces a step's entry only if it is still in {@code expected} state. */
    boolean transitionStep(DocumentState expected, JournalEntry next);

    /** Every step of every revert, newest revert first, in step order. */
    List<JournalEntry> steps();
}
