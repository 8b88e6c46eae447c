package dev.stockadj.app.cli;

import com.google.inject.ProvisionException;
import dev.stockadj.app.config.ConfigException;
import dev.stockadj.app.input.InputRejected;
import dev.stockadj.journal.JournalFailure;
import dev.stockadj.journal.JournalRefused;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.ApplyResult;
import dev.stockadj.core.port.in.CostCorrectionResult;
import dev.stockadj.core.port.in.Frozen;
import dev.stockadj.core.port.in.Halt;
import dev.stockadj.core.port.in.PlanResult;
import dev.stockadj.core.port.in.Planned;
import dev.stockadj.core.port.in.ResolveResult;
import dev.stockadj.core.port.in.CostCorrectionReport;
import dev.stockadj.core.port.in.CostUpdateResult;
import dev.stockadj.core.port.in.CostsVerifyReport;
import dev.stockadj.core.port.in.DraftUpdated;
import dev.stockadj.core.port.in.RevertReport;
import dev.stockadj.core.port.in.RevertResult;
import dev.stockadj.core.port.in.VerifyReport;
import dev.stockadj.core.port.in.VerifyResult;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorNotFound;
import dev.stockadj.core.port.out.VendorRejected;
import java.util.Optional;
import picocli.CommandLine.ParameterException;

/**
 * The exit codes of DESIGN.md §5, and the one place where results and failures are mapped to
 * them: 0 done (also "already applied"), 1 the vendor rejected at least one document or recorded one other than
 * it was sent, 2 bad input,
 * configuration or conflicts (nothing sent), 3 uncertain or unreachable (safe to re-run),
 * 4 authentication or permission refused.
 */
public enum ExitCode {
    OK(0), REJECTED(1), INVALID(2), UNCERTAIN(3), AUTH_FAILED(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** A plan, or the frozen plan apply would continue → 0; anything apply would refuse → 2. */
    public static ExitCode of(PlanResult result) {
        return result instanceof Planned || result instanceof Frozen ? OK : INVALID;
    }

    /**
     * Halted on auth → 4; halted otherwise or any document UNCERTAIN → 3; any REJECTED, or a document the vendor
     * recorded other than it was sent (unless this run found every document applied before) → 1.
     */
    public static ExitCode of(ApplyResult result) {
        if (!(result instanceof ApplyReport report)) {
            return INVALID;
        }
        Optional<Halt.Reason> halt = report.halt().map(Halt::reason);
        if (halt.isPresent() && halt.get() == Halt.Reason.AUTH_FAILED) {
            return AUTH_FAILED;
        }
        if (halt.isPresent() || report.count(DocumentState.UNCERTAIN) > 0 || report.count(DocumentState.SENDING) > 0) {
            return UNCERTAIN;
        }
        if (report.count(DocumentState.REJECTED) > 0 || (!report.alreadyApplied() && report.recordedOtherwise())) {
            return REJECTED;
        }
        return report.count(DocumentState.PLANNED) > 0 ? UNCERTAIN : OK;
    }

    public static ExitCode of(CostCorrectionResult result) {
        return result instanceof CostCorrectionReport ? OK : INVALID;
    }

    public static ExitCode of(ResolveResult result) {
        return result instanceof ResolveResult.Resolved ? OK : INVALID;
    }

    /** Every position (or item) matches → 0; any drifted → 1; nothing to verify (unknown, refused) → 2. */
    public static ExitCode of(VerifyResult result) {
        if (result instanceof VerifyReport report) {
            return report.matches() ? OK : REJECTED;
        }
        if (result instanceof CostsVerifyReport report) {
            return report.matches() ? OK : REJECTED;
        }
        return INVALID;
    }

    /**
     * As an apply: halted on auth → 4; halted otherwise, a step UNCERTAIN, SENDING or left PLANNED → 3; a step REJECTED
     * → 1; done or shown (--plan) → 0; conflicts, problems, an unknown count or a refusal (nothing sent) → 2.
     */
    public static ExitCode of(RevertResult result) {
        if (!(result instanceof RevertReport report)) {
            return INVALID;
        }
        if (report.planOnly()) {
            return OK;
        }
        Optional<Halt.Reason> halt = report.halt().map(Halt::reason);
        if (halt.isPresent() && halt.get() == Halt.Reason.AUTH_FAILED) {
            return AUTH_FAILED;
        }
        if (halt.isPresent() || report.count(DocumentState.UNCERTAIN) > 0 || report.count(DocumentState.SENDING) > 0) {
            return UNCERTAIN;
        }
        if (report.count(DocumentState.REJECTED) > 0) {
            return REJECTED;
        }
        return report.count(DocumentState.PLANNED) > 0 ? UNCERTAIN : OK;
    }

    public static ExitCode of(CostUpdateResult result) {
        return result instanceof DraftUpdated ? OK : INVALID;
    }

    /** A failure that ended a run (an argument the parser refused included); empty when it is a bug, not an outcome. */
    public static Optional<ExitCode> of(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof VendorFailure vendor) {
            return Optional.of(of(vendor));
        }
        if (cause instanceof ConfigException || cause instanceof InputRejected || cause instanceof JournalRefused
                || cause instanceof ParameterException) {
            return Optional.of(INVALID);
        }
        if (cause instanceof JournalFailure) {
            return Optional.of(UNCERTAIN);
        }
        return Optional.empty();
    }

    static ExitCode of(VendorFailure failure) {
        if (failure instanceof VendorAuthFailed) {
            return AUTH_FAILED;
        }
        if (failure instanceof VendorRejected) {
            return REJECTED;
        }
        if (failure instanceof VendorNotFound) {
            return INVALID;
        }
        return UNCERTAIN; // unavailable, rate limited, protocol error
    }

    /** Guice wraps what a provider throws; the cause is the failure that matters. */
    static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof ProvisionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
