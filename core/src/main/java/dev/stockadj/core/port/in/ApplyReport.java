package dev.stockadj.core.port.in;

import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.journal.DocumentState;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an apply did: every document of the frozen plan with its journal state.
 *
 * @param alreadyApplied every document was already APPLIED before this run: nothing was sent
 * @param halt           why the run stopped early, if it did
 * @param unchecked      what the vendor could not check before this run planned the count (see {@link Planned});
 *                       empty when the run continued a plan frozen earlier
 */
public record ApplyReport(CountPlan plan, List<DocumentOutcome> documents, boolean alreadyApplied,
                          Optional<Halt> halt, List<String> unchecked) implements ApplyResult {
    public ApplyReport {
        Objects.requireNonNull(plan, "plan is required");
        documents = List.copyOf(documents);
        Objects.requireNonNull(halt, "halt is required (may be empty)");
        unchecked = List.copyOf(unchecked);
    }

    public ApplyReport(CountPlan plan, List<DocumentOutcome> documents, boolean alreadyApplied, Optional<Halt> halt) {
        this(plan, documents, alreadyApplied, halt, List.of());
    }

    public long count(DocumentState state) {
        return documents.stream().filter(d -> d.state() == state).count();
    }

    /** At least one document was applied, but the vendor's answer shows it recorded something other than what was sent. */
    public boolean recordedOtherwise() {
        return documents.stream().anyMatch(DocumentOutcome::recordedOtherwise);
    }

    /** Every document is APPLIED (a count with no variance has none and is complete). */
    public boolean complete() {
        return halt.isEmpty() && documents.stream().allMatch(d -> d.state() == DocumentState.APPLIED);
    }
}
