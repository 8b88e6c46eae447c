package dev.stockadj.core.port.in;

import dev.stockadj.core.model.CountReference;

/**
 * The count reference was already applied with other content — like reusing an idempotency key
 * with another body. Nothing was sent.
 */
public record ReferenceReused(CountReference reference) implements ApplyResult, PlanResult {
    public String message() {
        return "count reference '" + reference + "' was already used for a count with other content;"
                + " a new count needs a new count reference";
    }
}
