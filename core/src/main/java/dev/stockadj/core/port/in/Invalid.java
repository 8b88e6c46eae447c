package dev.stockadj.core.port.in;

import dev.stockadj.core.model.Problem;

import java.util.List;

/** The input has problems (every one of them, with its line); nothing was sent. */
public record Invalid(List<Problem> problems) implements PlanResult, ApplyResult, CostCorrectionResult,
        RevertResult, CostUpdateResult {
    public Invalid {
        problems = problems.stream().sorted().toList();
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid result names at least one problem");
        }
    }
}
