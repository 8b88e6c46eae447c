package dev.stockadj.core.service;

import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.revert.RevertPlan;
import dev.stockadj.core.model.revert.UndoStep;
import dev.stockadj.core.port.in.Halt;
import dev.stockadj.core.port.in.RevertReport;
import dev.stockadj.core.port.in.StepOutcome;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.RevertJournalPort;

import java.util.List;
import java.util.Optional;

/**
 * Freezes a revert plan (or continues the one frozen first) and takes its steps in order, each exactly once, until
 * one halts the run. What a step does at the vendor is the caller's ({@link Taker}); the journal states are these.
 */
final class RevertRun {
    /** Takes one step as far as it can go; returns why the revert must stop, if it must. */
    @FunctionalInterface
    interface Taker {
        Optional<Halt> take(UndoStep step, JournalEntry entry);
    }

    private final RevertJournalPort reverts;
    private final JournalPort steps;
    private final ClockPort clock;

    RevertRun(RevertJournalPort reverts, ClockPort clock) {
        this.reverts = reverts;
        this.steps = LoggedJournal.of(new StepJournal(reverts));
        this.clock = clock;
    }

    /** The steps seen as a journal (logged), for a {@link DocumentRun} or an {@link UndoRun}. */
    JournalPort steps() {
        return steps;
    }

    /** The revert frozen for this count there, if one was. */
    Optional<RevertPlan> existing(dev.stockadj.core.model.CountReference reference,
                                  dev.stockadj.core.model.vendor.Destination destination) {
        return reverts.revertPlan(reference, destination);
    }

    /** Freezes {@code plan} unless the count already has one there; returns the plan to continue. */
    RevertPlan freeze(RevertPlan plan) {
        List<JournalEntry> planned = plan.steps().stream().map(step -> planned(plan, step)).toList();
        if (reverts.freezeRevert(plan, planned)) {
            LoggedJournal.LOG.log(System.Logger.Level.INFO, () -> "revert of " + plan.reference() + " frozen on "
                    + plan.destination() + ": " + planned.size() + " step(s)");
            return plan;
        }
        return reverts.revertPlan(plan.reference(), plan.destination()).orElseThrow(() -> new IllegalStateException(
                "the journal refused to freeze the revert of " + plan.reference() + " but has none"));
    }

    /** A plan shown, not taken: every step PLANNED. */
    RevertReport shown(RevertPlan plan) {
        return new RevertReport(plan, plan.steps().stream().map(s -> new StepOutcome(s, planned(plan, s))).toList(), true,
                false, Optional.empty());
    }

    RevertReport run(RevertPlan plan, Taker taker) {
        boolean already = !plan.steps().isEmpty() && plan.steps().stream()
                .allMatch(s -> entry(s).state() == DocumentState.APPLIED);
        Optional<Halt> halt = Optional.empty();
        for (UndoStep step : plan.steps()) {
            halt = taker.take(step, entry(step));
            if (halt.isPresent()) {
                Halt stop = halt.get();
                LoggedJournal.LOG.log(System.Logger.Level.WARNING, () -> "revert of " + plan.reference() + " halted ("
                        + stop.reason() + "): " + LoggedJournal.shortened(stop.message()));
                break;
            }
        }
        List<StepOutcome> outcomes = plan.steps().stream().map(s -> new StepOutcome(s, entry(s))).toList();
        return new RevertReport(plan, outcomes, false, already, halt);
    }

    private JournalEntry planned(RevertPlan plan, UndoStep step) {
        return new JournalEntry(step.key(), plan.reference(), step.index(), DocumentState.PLANNED, Optional.empty(),
                Optional.empty(), List.of(), step.undo().describe(), clock.now());
    }

    private JournalEntry entry(UndoStep step) {
        return reverts.step(step.key()).orElseThrow(() ->
                new IllegalStateException("the journal lost revert step " + step.key()));
    }
}
