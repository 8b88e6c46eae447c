package dev.stockadj.core.service;

import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.port.in.ApplyCountUseCase;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.ApplyResult;
import dev.stockadj.core.port.in.Conflicted;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.DocumentOutcome;
import dev.stockadj.core.port.in.Halt;
import dev.stockadj.core.port.in.Invalid;
import dev.stockadj.core.port.in.PlanResult;
import dev.stockadj.core.port.in.Planned;
import dev.stockadj.core.port.in.ReferenceReused;
import dev.stockadj.core.port.in.Refused;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.VendorPorts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies a count exactly once (DESIGN.md §3). The first run freezes the plan in the journal;
 * every run continues the frozen plan, skipping APPLIED documents, resolving UNCERTAIN ones before
 * anything is re-sent, and never re-planning. The same reference with other content is refused.
 */
public final class ApplyCountService implements ApplyCountUseCase {
    /** How long a document found SENDING is taken to belong to a live process sharing the journal. */
    public static final Duration DEFAULT_SENDING_LEASE = DocumentRun.DEFAULT_SENDING_LEASE;

    private final VendorPorts vendor;
    private final JournalPort journal;
    private final ClockPort clock;
    private final CountPlanning planning;
    private final FrozenCounts frozen;
    private final Duration sendingLease;

    public ApplyCountService(VendorPorts vendor, JournalPort journal, ClockPort clock) {
        this(vendor, journal, clock, DEFAULT_SENDING_LEASE);
    }

    /**
     * @param sendingLease how long a document found SENDING is taken to belong to a live process sharing the
     *                     journal before it is resolved as one a stopped process left behind
     */
    public ApplyCountService(VendorPorts vendor, JournalPort journal, ClockPort clock, Duration sendingLease) {
        this.vendor = vendor;
        this.journal = LoggedJournal.of(journal);
        this.clock = clock;
        this.planning = new CountPlanning(vendor);
        this.frozen = new FrozenCounts(this.journal, vendor);
        if (sendingLease.isNegative() || sendingLease.isZero()) {
            throw new IllegalArgumentException("the sending lease must be positive: " + sendingLease);
        }
        this.sendingLease = sendingLease;
    }

    @Override
    public ApplyResult apply(CountCommand command) {
        Optional<Refused> refusal = planning.refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        Optional<CountPlan> earlier = frozen.of(command.count().reference());
        if (earlier.isPresent()) {
            // the input was validated when this plan was frozen; other content under its reference is refused
            return continueFrozen(command, earlier.get());
        }
        PlanResult result = planning.plan(command);
        if (result instanceof Invalid invalid) {
            return invalid;
        }
        if (result instanceof Conflicted conflicted) {
            return conflicted;
        }
        if (result instanceof Refused refused) {
            return refused;
        }
        Planned planned = (Planned) result;
        CountPlan plan = planned.plan();
        List<JournalEntry> entries = plan.documents().stream()
                .map(document -> JournalEntry.planned(document, clock.now())).toList();
        if (!journal.freeze(plan, entries)) {
            CountPlan winner = journal.plan(plan.reference(), plan.destination()).orElseThrow(() ->
                    new IllegalStateException("the journal refused to freeze " + plan.reference() + " but has no plan"));
            return continueFrozen(command, winner);
        }
        return run(plan, false, planned.unchecked());
    }

    private ApplyResult continueFrozen(CountCommand command, CountPlan plan) {
        if (!frozen.isThis(plan, command.count())) {
            return new ReferenceReused(command.count().reference());
        }
        if (plan.documents().stream().anyMatch(document -> entry(document).state() == DocumentState.REVERTED)) {
            return new Refused("count " + plan.reference() + " was reverted (stockadj revert); applying it again needs"
                    + " a new count reference (--count-ref)");
        }
        return run(plan, true, List.of());
    }

    private ApplyReport run(CountPlan plan, boolean existed, List<String> unchecked) {
        boolean alreadyApplied = existed && plan.documents().stream()
                .allMatch(d -> entry(d).state() == DocumentState.APPLIED);
        VendorPorts.Posting posting = vendor.posting().orElseThrow(() ->
                new IllegalStateException("a vendor without quantity posting is refused before its plan is run"));
        DocumentRun documents = new DocumentRun(vendor, posting, journal, clock, sendingLease);
        Optional<Halt> halt = Optional.empty();
        for (AdjustmentDocument document : plan.documents()) {
            halt = documents.settle(document, entry(document));
            if (halt.isPresent()) {
                Halt stop = halt.get();
                LoggedJournal.LOG.log(System.Logger.Level.WARNING, () -> "apply of " + plan.reference() + " halted ("
                        + stop.reason() + "): " + LoggedJournal.shortened(stop.message()));
                break;
            }
        }
        List<DocumentOutcome> outcomes = new ArrayList<>();
        plan.documents().forEach(document -> outcomes.add(new DocumentOutcome(document, entry(document))));
        return new ApplyReport(plan, outcomes, alreadyApplied, halt, unchecked);
    }

    private JournalEntry entry(AdjustmentDocument document) {
        return journal.entry(document.key()).orElseThrow(() ->
                new IllegalStateException("the journal lost document " + document.key()));
    }
}
