package dev.stockadj.core.port.out;

import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.vendor.Destination;

import java.util.List;
import java.util.Optional;

/**
 * The durable record that makes applying exactly-once (DESIGN.md §3). Every call is committed
 * before it returns, so a process killed at any point loses nothing.
 */
public interface JournalPort {
    /**
     * Freezes a plan with every document {@code PLANNED}. Returns false, storing nothing, when the
     * reference already has a plan on the plan's destination (another worker froze it first). A count is
     * identified by its reference and its destination: the same reference on another destination is another count.
     */
    boolean freeze(CountPlan plan, List<JournalEntry> planned);

    /** The plan frozen for this reference on this destination ({@link Destination#UNRECORDED}: one frozen before destinations were kept). */
    Optional<CountPlan> plan(CountReference reference, Destination destination);

    /** The entries of every count with this reference (on any destination), in document order. */
    List<JournalEntry> entries(CountReference reference);

    /** Every entry, newest count first. */
    List<JournalEntry> entries();

    Optional<JournalEntry> entry(IdempotencyKey key);

    /**
     * Replaces an entry only if it is still in {@code expected} state (compare-and-set), so two
     * workers sharing a journal never both send one document. Returns whether it was replaced.
     */
    boolean transition(DocumentState expected, JournalEntry next);
}
