package dev.stockadj.core.port.in;

import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.revert.RevertPlan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a revert did: every step of its frozen plan with its journal state — or, for {@code revert --plan}, the steps
 * it would take (nothing frozen, nothing sent).
 *
 * @param planOnly        the steps were shown, not taken
 * @param alreadyReverted every step was APPLIED before this run: nothing was sent
 */
public record RevertReport(RevertPlan plan, List<StepOutcome> steps, boolean planOnly, boolean alreadyReverted,
                           Optional<Halt> halt) implements RevertResult {
    public RevertReport {
        Objects.requireNonNull(plan, "plan is required");
        steps = List.copyOf(steps);
        Objects.requireNonNull(halt, "halt is required (may be empty)");
    }

    public long count(DocumentState state) {
        return steps.stream().filter(s -> s.state() == state).count();
    }

    /** Every step is APPLIED: the count is REVERTED. */
    public boolean complete() {
        return !planOnly && halt.isEmpty() && steps.stream().allMatch(s -> s.state() == DocumentState.APPLIED);
    }
}
