package dev.stockadj.benchmarks;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.port.out.JournalPort;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A journal in memory with the compare-and-set the real ones keep, so {@link ApplyDocumentBenchmark} can take the
 * journal's cost out of an apply. The core's {@code InMemoryJournal} is in its test-jar, which a compile of the
 * whole build cannot reach (a test-jar exists only once packaged); this is the part of it an apply uses.
 */
final class MemoryJournal implements JournalPort {
    private final Map<List<Object>, CountPlan> plans = new HashMap<>();
    private final Map<IdempotencyKey, JournalEntry> entries = new HashMap<>();

    @Override
    public synchronized boolean freeze(CountPlan plan, List<JournalEntry> planned) {
        if (plans.putIfAbsent(List.of(plan.reference(), plan.destination()), plan) != null) {
            return false;
        }
        planned.forEach(entry -> entries.put(entry.key(), entry));
        return true;
    }

    @Override
    public synchronized Optional<CountPlan> plan(CountReference reference, Destination destination) {
        return Optional.ofNullable(plans.get(List.of(reference, destination)));
    }

    @Override
    public synchronized List<JournalEntry> entries(CountReference reference) {
        return entries.values().stream().filter(e -> e.countReference().equals(reference))
                .sorted(java.util.Comparator.comparingInt(JournalEntry::index)).toList();
    }

    /** Every entry, in no particular order (an apply never asks). */
    @Override
    public synchronized List<JournalEntry> entries() {
        return List.copyOf(entries.values());
    }

    @Override
    public synchronized Optional<JournalEntry> entry(IdempotencyKey key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public synchronized boolean transition(DocumentState expected, JournalEntry next) {
        JournalEntry current = entries.get(next.key());
        if (current == null || current.state() != expected) {
            return false;
        }
        entries.put(next.key(), next);
        return true;
    }
}
