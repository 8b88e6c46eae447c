package dev.stockadj.core.port.in;

import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.journal.DocumentState;

import java.util.List;
import java.util.Objects;

/**
 * Planning found the count already frozen in the journal by an earlier apply (same reference, same destination, same
 * content): apply would continue that plan, never plan it again. {@code documents} are where the journal has them now.
 */
public record Frozen(CountPlan plan, List<DocumentOutcome> documents) implements PlanResult {
    public Frozen {
        Objects.requireNonNull(plan, "plan is required");
        documents = List.copyOf(documents);
    }

    /** Every document is APPLIED: apply would send nothing. */
    public boolean alreadyApplied() {
        return documents.stream().allMatch(d -> d.state() == DocumentState.APPLIED);
    }
}
