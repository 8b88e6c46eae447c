package dev.stockadj.core.port.in;

import dev.stockadj.core.model.plan.Conflict;
import dev.stockadj.core.model.plan.VarianceReport;

import java.util.List;

/** Stock moved while counting and the policy is {@code fail}: the conflicts, and nothing sent. */
public record Conflicted(List<Conflict> conflicts, VarianceReport variance) implements PlanResult, ApplyResult {
    public Conflicted {
        conflicts = List.copyOf(conflicts);
    }
}
