package dev.stockadj.core.service;

import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.revert.RevertPlan;
import dev.stockadj.core.model.revert.Undo;
import dev.stockadj.core.model.revert.UndoStep;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.core.port.in.Invalid;
import dev.stockadj.core.port.in.Refused;
import dev.stockadj.core.port.in.RevertCommand;
import dev.stockadj.core.port.in.RevertConflicted;
import dev.stockadj.core.port.in.RevertCountUseCase;
import dev.stockadj.core.port.in.RevertReport;
import dev.stockadj.core.port.in.RevertResult;
import dev.stockadj.core.port.in.UnknownCount;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.DeletePostedDocumentPort;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.RevertJournalPort;
import dev.stockadj.core.port.out.VendorPorts;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Undoes an applied count exactly once, the way its vendor allows: a vendor that deletes documents (Order Time) has
 * each applied document deleted, newest first; one that takes absolute quantities and deletes nothing (Qoyod) gets
 * counter-documents setting each position back to the book the frozen plan recorded, where the stock is still at
 * the count's target (positions that moved since are conflicts, under the apply's policies). The steps are frozen
 * and journalled like an apply's documents; once every one is APPLIED the count's documents are REVERTED, and
 * applying the count again needs a new count reference.
 */
public final class RevertCountService implements RevertCountUseCase {
    private final VendorPorts vendor;
    private final Optional<VendorPorts.Posting> posting;
    private final Optional<DeletePostedDocumentPort> deletes;
    private final JournalPort journal;
    private final ClockPort clock;
    private final Duration sendingLease;
    private final RevertRun run;

    /**
     * Reverts counts applied at {@code vendor}: by its delete of a posted document when its posting offers one, else
     * by counter-documents; a vendor that takes no quantities has every revert of a count refused.
     */
    public RevertCountService(VendorPorts vendor, JournalPort journal, RevertJournalPort reverts, ClockPort clock,
                              Duration sendingLease) {
        this.vendor = vendor;
        this.posting = vendor.posting();
        this.deletes = posting.flatMap(VendorPorts.Posting::deletes);
        this.journal = LoggedJournal.of(journal);
        this.clock = clock;
        this.sendingLease = sendingLease;
        this.run = new RevertRun(reverts, clock);
    }

    @Override
    public RevertResult revert(RevertCommand command) {
        if (posting.isEmpty()) {
            return new Refused(vendor.capabilities().vendor() + " takes no stock counts; revert a costs run by its key");
        }
        Optional<CountPlan> found = FrozenCounts.find(journal, command.reference(), vendor.capabilities().vendor(),
                vendor.destination());
        if (found.isEmpty()) {
            return new UnknownCount(command.reference(), "no count " + command.reference() + " was applied on "
                    + vendor.destination() + " (stockadj journal lists the counts)");
        }
        CountPlan plan = found.get();
        Optional<RevertPlan> frozen = run.existing(plan.reference(), plan.destination());
        if (frozen.isPresent()) {
            return command.planOnly() ? run.shown(frozen.get()) : take(plan, frozen.get());
        }
        List<JournalEntry> entries = entries(plan);
        Optional<Refused> unsettled = unsettled(plan, entries);
        if (unsettled.isPresent()) {
            return unsettled.get();
        }
        List<AdjustmentDocument> applied = plan.documents().stream()
                .filter(d -> entries.get(d.index()).state() == DocumentState.APPLIED).toList();
        if (applied.isEmpty()) {
            return new Refused("count " + plan.reference() + " has no applied document: there is nothing to revert");
        }
        Steps steps = deletes.isPresent() ? deletions(plan, applied, entries) : counterDocuments(plan, applied, command);
        if (steps.instead().isPresent()) {
            return steps.instead().get();
        }
        RevertPlan revert = new RevertPlan(plan.reference(), plan.vendor(), plan.destination(), steps.steps());
        return command.planOnly() ? run.shown(revert) : take(plan, run.freeze(revert));
    }

    /** The steps of a revert, or the result that stands instead of them (a refusal, conflicts, problems). */
    private record Steps(List<UndoStep> steps, Optional<RevertResult> instead) {
        static Steps of(List<UndoStep> steps) {
            return new Steps(steps, Optional.empty());
        }

        static Steps instead(RevertResult result) {
            return new Steps(List.of(), Optional.of(result));
        }
    }

    /** A document whose outcome is not known yet is settled by apply (or resolve) first: it may be at the vendor. */
    private static Optional<Refused> unsettled(CountPlan plan, List<JournalEntry> entries) {
        return entries.stream().filter(e -> e.state() == DocumentState.SENDING || e.state() == DocumentState.UNCERTAIN)
                .findFirst().map(e -> new Refused("document #" + e.index() + " (" + e.key() + ") of count "
                        + plan.reference() + " is " + e.state() + ": re-run stockadj apply to settle it (or stockadj"
                        + " resolve " + e.key() + ") before reverting"));
    }

    /** One delete per applied document, newest first; or why not (a document with no vendor id). */
    private Steps deletions(CountPlan plan, List<AdjustmentDocument> applied, List<JournalEntry> entries) {
        List<UndoStep> steps = new ArrayList<>();
        for (AdjustmentDocument document : applied.stream()
                .sorted(Comparator.comparingInt(AdjustmentDocument::index).reversed()).toList()) {
            JournalEntry entry = entries.get(document.index());
            if (entry.vendorId().isEmpty()) {
                return Steps.instead(new Refused("document #" + document.index() + " (" + document.key() + ") was"
                        + " marked applied by hand and the journal has no vendor id for it: delete it at the vendor"
                        + " yourself"));
            }
            Undo.Delete delete = new Undo.Delete(document.key(), entry.vendorId().get());
            int index = steps.size();
            steps.add(new UndoStep(index, RevertKeys.step(plan.reference(), plan.vendor(), plan.destination(), index,
                    "delete " + delete.vendorId() + " " + delete.original()), delete));
        }
        return Steps.of(steps);
    }

    /** Counter-documents from the stock now; conflicts or problems instead when the policy says so. */
    private Steps counterDocuments(CountPlan plan, List<AdjustmentDocument> applied, RevertCommand command) {
        if (vendor.capabilities().quantityMode() != QuantityMode.ABSOLUTE) {
            return Steps.instead(new Refused(vendor.capabilities().vendor() + " can neither delete a document nor take"
                    + " absolute quantities: undo count " + plan.reference() + " at the vendor by hand"));
        }
        Set<ItemId> items = new LinkedHashSet<>();
        applied.forEach(d -> d.lines().forEach(l -> items.add(l.position().item())));
        BookQuantities now = vendor.books().read(plan.location(), items);
        RevertPlanner.Result result = RevertPlanner.plan(plan, applied, now, command.policy(), vendor.capabilities(),
                clock.now().atZone(ZoneOffset.UTC).toLocalDate());
        if (command.policy() == ConflictPolicy.FAIL && !result.conflicts().isEmpty()) {
            return Steps.instead(new RevertConflicted(result.conflicts()));
        }
        if (!result.problems().isEmpty()) {
            return Steps.instead(new Invalid(result.problems()));
        }
        return Steps.of(result.documents().stream().map(d -> new UndoStep(d.index(), d.key(), new Undo.Post(d)))
                .toList());
    }

    private RevertReport take(CountPlan plan, RevertPlan revert) {
        DocumentRun documents = new DocumentRun(vendor, posting.orElseThrow(() -> new IllegalStateException(
                "a vendor without quantity posting is refused before a revert is run")), run.steps(), clock,
                sendingLease);
        UndoRun undos = new UndoRun(run.steps(), clock, sendingLease);
        RevertReport report = run.run(revert, (step, entry) -> {
            if (step.undo() instanceof Undo.Post post) {
                return documents.settle(post.document(), entry);
            }
            return undos.settle(entry, new DeleteAction((Undo.Delete) step.undo(), deletes.orElseThrow(() ->
                    new IllegalStateException(vendor.capabilities().vendor() + " lost its delete port"))));
        });
        if (report.complete()) {
            new RevertedMarks(journal, clock).mark(plan, revert);
        }
        return report;
    }

    /** The plan's documents' entries, in order, read in one query (a million-line count has thousands). */
    private List<JournalEntry> entries(CountPlan plan) {
        Map<IdempotencyKey, JournalEntry> byKey = new HashMap<>();
        journal.entries(plan.reference()).forEach(entry -> byKey.put(entry.key(), entry));
        return plan.documents().stream().map(document -> Optional.ofNullable(byKey.get(document.key()))
                .orElseThrow(() -> new IllegalStateException("the journal lost document " + document.key()))).toList();
    }
}
