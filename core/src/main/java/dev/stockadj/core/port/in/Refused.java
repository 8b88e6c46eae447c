package dev.stockadj.core.port.in;

import java.util.Objects;

/** The vendor cannot take what was asked (e.g. a stock count sent to Foodics); nothing was sent. */
public record Refused(String reason) implements PlanResult, ApplyResult, CostCorrectionResult,
        RevertResult, VerifyResult, CostUpdateResult {
    public Refused {
        Objects.requireNonNull(reason, "reason is required");
    }
}
