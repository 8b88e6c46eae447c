package dev.stockadj.core.testing;

import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.revert.RevertPlan;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.RevertJournalPort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A journal in memory, with the same compare-and-set semantics a durable store must keep (reverts too). */
public final class InMemoryJournal implements JournalPort, RevertJournalPort {
    private final Map<List<Object>, CountPlan> plans = new LinkedHashMap<>();
    private final Map<IdempotencyKey, JournalEntry> entries = new LinkedHashMap<>();
    private final List<JournalEntry> history = new ArrayList<>();

    @Override
    public synchronized boolean freeze(CountPlan plan, List<JournalEntry> planned) {
        if (plans.containsKey(List.of(plan.reference(), plan.destination()))) {
            return false;
        }
        plans.put(List.of(plan.reference(), plan.destination()), plan);
        planned.forEach(entry -> {
            entries.put(entry.key(), entry);
            history.add(entry);
        });
        return true;
    }

    @Override
    public synchronized Optional<CountPlan> plan(CountReference reference, Destination destination) {
        return Optional.ofNullable(plans.get(List.of(reference, destination)));
    }

    @Override
    public synchronized List<JournalEntry> entries(CountReference reference) {
        return entries.values().stream().filter(e -> e.countReference().equals(reference))
                .sorted(Comparator.comparingInt(JournalEntry::index)).toList();
    }

    @Override
    public synchronized List<JournalEntry> entries() {
        List<CountPlan> newestFirst = new ArrayList<>(plans.values());
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().flatMap(plan -> plan.documents().stream())
                .map(document -> entries.get(document.key())).toList();
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
        history.add(next);
        return true;
    }

    /** Every state each document went through, in order. */
    public synchronized List<JournalEntry> history() {
        return List.copyOf(history);
    }

    // ---- reverts ----------------------------------------------------------------------------

    private final Map<List<Object>, RevertPlan> reverts = new LinkedHashMap<>();
    private final Map<IdempotencyKey, JournalEntry> steps = new LinkedHashMap<>();

    @Override
    public synchronized boolean freezeRevert(RevertPlan plan, List<JournalEntry> planned) {
        if (reverts.containsKey(List.of(plan.reference(), plan.destination()))) {
            return false;
        }
        reverts.put(List.of(plan.reference(), plan.destination()), plan);
        planned.forEach(entry -> {
            steps.put(entry.key(), entry);
            history.add(entry);
        });
        return true;
    }

    @Override
    public synchronized Optional<RevertPlan> revertPlan(CountReference reference, Destination destination) {
        return Optional.ofNullable(reverts.get(List.of(reference, destination)));
    }

    @Override
    public synchronized Optional<JournalEntry> step(IdempotencyKey key) {
        return Optional.ofNullable(steps.get(key));
    }

    @Override
    public synchronized boolean transitionStep(DocumentState expected, JournalEntry next) {
        JournalEntry current = steps.get(next.key());
        if (current == null || current.state() != expected) {
            return false;
        }
        steps.put(next.key(), next);
        history.add(next);
        return true;
    }

    @Override
    public synchronized List<JournalEntry> steps() {
        List<RevertPlan> newestFirst = new ArrayList<>(reverts.values());
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().flatMap(plan -> plan.steps().stream()).map(step -> steps.get(step.key())).toList();
    }
}
