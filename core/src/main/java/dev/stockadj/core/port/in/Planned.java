package dev.stockadj.core.port.in;

import dev.stockadj.core.model.plan.CountPlan;

import java.util.List;
import java.util.Objects;

/**
 * The plan: the variance report and the documents exactly as they would be sent.
 *
 * @param unchecked what the vendor could not check before sending, each said for a person (its own validation
 *                  decides when the documents arrive); empty when it checked everything it would refuse
 */
public record Planned(CountPlan plan, List<String> unchecked) implements PlanResult {
    public Planned {
        Objects.requireNonNull(plan, "plan is required");
        unchecked = List.copyOf(unchecked);
    }

    public Planned(CountPlan plan) {
        this(plan, List.of());
    }

    public Planned withUnchecked(List<String> notes) {
        return new Planned(plan, notes);
    }
}
