package dev.stockadj.core.port.in;

import dev.stockadj.core.model.CountPlan;

import java.util.Objects;

/** The plan: the variance report and the documents exactly as they would be sent. */
public record Planned(CountPlan plan) implements PlanResult {
    public Planned {
        Objects.requireNonNull(plan, "plan is required");
    }
}
