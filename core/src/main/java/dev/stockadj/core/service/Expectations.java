package dev.stockadj.core.service;

import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.plan.VarianceLine;
import dev.stockadj.core.model.revert.RevertPlan;
import dev.stockadj.core.model.revert.Undo;
import dev.stockadj.core.model.revert.UndoStep;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where each position of a count should stand now, and which journal entry put it there: the count's target, set by
 * the document carrying it — or, where a revert step is done, what the revert set it back to (the book of the frozen
 * plan after a delete, the counter-document's target after one). A position no document carried (no variance) stands
 * at its target with nothing sent.
 */
final class Expectations {
    /** What a position should hold, and the entry whose step put it there (empty: nothing was sent for it). */
    record Expected(Quantity quantity, Optional<JournalEntry> source, boolean reverted) {
    }

    private final Map<Position, PlannedLine> lines = new HashMap<>();
    private final Map<Position, JournalEntry> sources = new HashMap<>();
    private final Map<Position, Quantity> undone = new HashMap<>();
    private final Map<Position, JournalEntry> undoneBy = new HashMap<>();

    Expectations(CountPlan plan, Function<IdempotencyKey, Optional<JournalEntry>> entries, Optional<RevertPlan> revert,
                 Function<IdempotencyKey, Optional<JournalEntry>> steps) {
        Map<IdempotencyKey, AdjustmentDocument> byKey = new HashMap<>();
        for (AdjustmentDocument document : plan.documents()) {
            byKey.put(document.key(), document);
            JournalEntry entry = entries.apply(document.key()).orElseThrow(() ->
                    new IllegalStateException("the journal lost document " + document.key()));
            document.lines().forEach(line -> {
                lines.put(line.position(), line);
                sources.put(line.position(), entry);
            });
        }
        revert.ifPresent(r -> r.steps().forEach(step -> steps.apply(step.key())
                .filter(e -> e.state() == DocumentState.APPLIED).ifPresent(done -> undo(step, done, byKey))));
    }

    private void undo(UndoStep step, JournalEntry done, Map<IdempotencyKey, AdjustmentDocument> byKey) {
        if (step.undo() instanceof Undo.Delete delete && byKey.containsKey(delete.original())) {
            byKey.get(delete.original()).lines().forEach(line -> {
                undone.put(line.position(), line.book());
                undoneBy.put(line.position(), done);
            });
        } else if (step.undo() instanceof Undo.Post post) {
            post.document().lines().forEach(line -> {
                undone.put(line.position(), line.target());
                undoneBy.put(line.position(), done);
            });
        }
    }

    Expected of(VarianceLine line) {
        Position position = line.position();
        if (undone.containsKey(position)) {
            return new Expected(undone.get(position), Optional.of(undoneBy.get(position)), true);
        }
        return new Expected(line.target(), Optional.ofNullable(sources.get(position)), false);
    }
}
