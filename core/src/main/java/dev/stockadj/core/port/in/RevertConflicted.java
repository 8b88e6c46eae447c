package dev.stockadj.core.port.in;

import dev.stockadj.core.model.plan.Conflict;

import java.util.List;

/**
 * Positions moved since the count was applied and the policy is {@code fail}: setting them back would undo that
 * movement too. The conflicts (book at count = the count's target, book now = what the vendor holds); nothing sent.
 */
public record RevertConflicted(List<Conflict> conflicts) implements RevertResult {
    public RevertConflicted {
        conflicts = List.copyOf(conflicts);
        if (conflicts.isEmpty()) {
            throw new IllegalArgumentException("a conflicted revert names at least one conflict");
        }
    }
}
