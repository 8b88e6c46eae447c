package dev.stockadj.app.cli;

import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.Conflict;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.plan.VarianceReport;
import dev.stockadj.core.model.VendorDocumentId;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.ApplyResult;
import dev.stockadj.core.port.in.Conflicted;
import dev.stockadj.core.port.in.DocumentOutcome;
import dev.stockadj.core.port.in.Frozen;
import dev.stockadj.core.port.in.Halt;
import dev.stockadj.core.port.in.Invalid;
import dev.stockadj.core.port.in.PlanResult;
import dev.stockadj.core.port.in.Planned;
import dev.stockadj.core.port.in.ReferenceReused;
import dev.stockadj.core.port.in.Refused;
import java.util.List;
import java.util.Optional;

/**
 * What a {@code plan} or {@code apply} came to, in the one shape both outputs (table, JSON) are
 * printed from.
 *
 * @param result a word for the outcome: planned, frozen (plan: apply would continue it), applied, already_applied,
 *               incomplete, invalid, conflicted, refused, reference_reused, failed
 * @param message what a person should know beyond the table (a refusal, a halt), or ""
 * @param problemsOmitted input problems found but not in {@code problems} (the reader keeps only the first)
 * @param unchecked what the vendor could not check before sending (its own validation decides)
 */
record CountOutcome(String result, CountReference countRef, ExitCode exit, Optional<VarianceReport> variance,
                    List<Document> documents, List<Problem> problems, int problemsOmitted, List<Conflict> conflicts,
                    Optional<Halt> halt, String message, List<String> unchecked) {

    record Document(int index, String key, DocumentState status, Optional<VendorDocumentId> vendorId, int lines,
                    List<FieldError> errors, String note) {
        static Document planned(AdjustmentDocument d) {
            return new Document(d.index(), d.key().value(), DocumentState.PLANNED, Optional.empty(), d.lines().size(),
                    List.of(), "");
        }
    }

    static CountOutcome of(CountReference ref, PlanResult result) {
        if (result instanceof Planned planned) {
            return new CountOutcome("planned", ref, ExitCode.of(result), Optional.of(planned.plan().variance()),
                    planned.plan().documents().stream().map(Document::planned).toList(), List.of(), 0, List.of(),
                    Optional.empty(), "", planned.unchecked());
        }
        if (result instanceof Frozen frozen) {
            boolean done = frozen.alreadyApplied();
            return new CountOutcome(done ? "already_applied" : "frozen", frozen.plan().reference(), ExitCode.of(result),
                    Optional.of(frozen.plan().variance()), documents(frozen.documents()), List.of(), 0, List.of(),
                    Optional.empty(), done ? "already applied: every document was recorded before; apply would send"
                    + " nothing" : "applied before and not finished: apply would continue this frozen plan (as"
                    + " planned then, never planned again)", List.of());
        }
        return refusal(ref, result, ExitCode.of(result));
    }

    private static List<Document> documents(List<DocumentOutcome> outcomes) {
        return outcomes.stream().map(o -> new Document(o.document().index(), o.document().key().value(), o.state(),
                o.entry().vendorId(), o.document().lines().size(), o.entry().errors(), o.entry().note())).toList();
    }

    static CountOutcome of(CountReference ref, ApplyResult result) {
        if (result instanceof ApplyReport report) {
            List<Document> documents = documents(report.documents());
            String word = report.alreadyApplied() ? "already_applied" : report.complete() ? "applied" : "incomplete";
            String message = report.alreadyApplied() ? "already applied: every document was recorded before; nothing sent"
                    : report.halt().map(h -> "stopped: " + h.message())
                    .orElse(report.recordedOtherwise() ? "the vendor recorded at least one document other than it was"
                            + " sent; see the warnings" : "");
            return new CountOutcome(word, report.plan().reference(), ExitCode.of(result),
                    Optional.of(report.plan().variance()), documents, List.of(), 0, List.of(), report.halt(), message,
                    report.unchecked());
        }
        return refusal(ref, result, ExitCode.of(result));
    }

    /** A configuration, vendor or journal failure that ended the run before any outcome: nothing planned. */
    static CountOutcome failed(CountReference ref, ExitCode exit, String message) {
        return new CountOutcome("failed", ref, exit, Optional.empty(), List.of(), List.of(), 0, List.of(),
                Optional.empty(), message, List.of());
    }

    static CountOutcome invalid(CountReference ref, List<Problem> problems) {
        return invalid(ref, problems, 0);
    }

    static CountOutcome invalid(CountReference ref, List<Problem> problems, int omitted) {
        return new CountOutcome("invalid", ref, ExitCode.INVALID, Optional.empty(), List.of(), problems, omitted, List.of(),
                Optional.empty(), "nothing was sent", List.of());
    }

    private static CountOutcome refusal(CountReference ref, Object result, ExitCode exit) {
        if (result instanceof Invalid invalid) {
            return invalid(ref, invalid.problems());
        }
        if (result instanceof Conflicted conflicted) {
            return new CountOutcome("conflicted", ref, exit, Optional.of(conflicted.variance()), List.of(), List.of(), 0,
                    conflicted.conflicts(), Optional.empty(), "stock moved while counting; nothing was sent."
                    + " Choose --on-conflict keep-counted or keep-difference to go on", List.of());
        }
        if (result instanceof ReferenceReused reused) {
            return new CountOutcome("reference_reused", ref, exit, Optional.empty(), List.of(), List.of(), 0, List.of(),
                    Optional.empty(), reused.message() + " (--count-ref)", List.of());
        }
        Refused refused = (Refused) result;
        return new CountOutcome("refused", ref, exit, Optional.empty(), List.of(), List.of(), 0, List.of(),
                Optional.empty(), refused.reason() + "; nothing was sent", List.of());
    }
}
