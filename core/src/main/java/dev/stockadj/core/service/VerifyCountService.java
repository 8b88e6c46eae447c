package dev.stockadj.core.service;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.plan.VarianceLine;
import dev.stockadj.core.model.revert.RevertPlan;
import dev.stockadj.core.port.in.Drift;
import dev.stockadj.core.port.in.PositionCheck;
import dev.stockadj.core.port.in.Refused;
import dev.stockadj.core.port.in.UnknownCount;
import dev.stockadj.core.port.in.VerifyCountUseCase;
import dev.stockadj.core.port.in.VerifyReport;
import dev.stockadj.core.port.in.VerifyResult;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.RevertJournalPort;
import dev.stockadj.core.port.out.VendorPorts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks an applied count against the vendor's stock now, position by position, in one read of the book (the
 * vendor's paging, never one request per position). A position that drifted is told apart: never reached (its
 * document was not applied, or the vendor's answer showed it recorded something other than what was sent) or moved
 * since (a sale, another document). A reverted count is checked against what the revert set back.
 */
public final class VerifyCountService implements VerifyCountUseCase {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final VendorPorts vendor;
    private final JournalPort journal;
    private final RevertJournalPort reverts;

    public VerifyCountService(VendorPorts vendor, JournalPort journal, RevertJournalPort reverts) {
        this.vendor = vendor;
        this.journal = journal;
        this.reverts = reverts;
    }

    @Override
    public VerifyResult verify(CountReference reference) {
        if (vendor.posting().isEmpty()) {
            return new Refused(vendor.capabilities().vendor() + " takes no stock counts; verify a costs run by its key");
        }
        Optional<CountPlan> found = FrozenCounts.find(journal, reference, vendor.capabilities().vendor(),
                vendor.destination());
        if (found.isEmpty()) {
            return new UnknownCount(reference, "no count " + reference + " was applied on " + vendor.destination()
                    + " (stockadj journal lists the counts)");
        }
        CountPlan plan = found.get();
        Optional<RevertPlan> revert = reverts.revertPlan(plan.reference(), plan.destination());
        // The count's entries in one query, not one (or two) per document: a million-line count has thousands of them.
        Map<IdempotencyKey, JournalEntry> byKey = new HashMap<>();
        journal.entries(plan.reference()).forEach(entry -> byKey.put(entry.key(), entry));
        Function<IdempotencyKey, Optional<JournalEntry>> entry = key -> Optional.ofNullable(byKey.get(key));
        Expectations expectations = new Expectations(plan, entry, revert, reverts::step);
        Set<ItemId> items = new LinkedHashSet<>();
        plan.variance().lines().forEach(line -> items.add(line.position().item()));
        BookQuantities now = items.isEmpty() ? BookQuantities.empty() : vendor.books().read(plan.location(), items);
        Coverage.Index index = new Coverage.Index(now);
        List<PositionCheck> checks = new ArrayList<>();
        for (VarianceLine line : plan.variance().lines()) {
            checks.add(check(line, expectations.of(line), index.book(line.position())));
        }
        List<JournalEntry> entries = plan.documents().stream().map(d -> entry.apply(d.key()).orElseThrow(() ->
                new IllegalStateException("the journal lost document " + d.key()))).toList();
        List<JournalEntry> steps = revert.map(r -> r.steps().stream().map(s -> reverts.step(s.key()).orElseThrow())
                .toList()).orElse(List.of());
        boolean reverted = entries.stream().anyMatch(e -> e.state() == DocumentState.REVERTED)
                || (revert.isPresent() && steps.stream().allMatch(e -> e.state() == DocumentState.APPLIED));
        return new VerifyReport(plan.reference(), plan.destination(),
                latest(entries, DocumentState.APPLIED), reverted ? latest(steps, DocumentState.APPLIED)
                .or(() -> latest(entries, DocumentState.REVERTED)) : Optional.empty(), checks,
                notes(entries, revert, steps, reverted));
    }

    private static PositionCheck check(VarianceLine line, Expectations.Expected expected, Quantity found) {
        if (found.equals(expected.quantity())) {
            return new PositionCheck(line.position(), line.sourceLines(), expected.quantity(), found, Drift.MATCHES, "");
        }
        Optional<JournalEntry> source = expected.source();
        if (source.isPresent() && source.get().state() != DocumentState.APPLIED
                && source.get().state() != DocumentState.REVERTED) {
            return new PositionCheck(line.position(), line.sourceLines(), expected.quantity(), found, Drift.NEVER_REACHED,
                    "its document #" + source.get().index() + " is " + source.get().state() + ", not applied");
        }
        if (source.isPresent() && source.get().recordedOtherwise()) {
            return new PositionCheck(line.position(), line.sourceLines(), expected.quantity(), found, Drift.NEVER_REACHED,
                    "the vendor recorded its document #" + source.get().index() + " otherwise than it was sent: "
                            + source.get().errors().get(0));
        }
        String since = source.map(e -> " since " + WHEN.format(e.updatedAt())).orElse(" since the count was planned"
                + " (nothing was sent for it)");
        return new PositionCheck(line.position(), line.sourceLines(), expected.quantity(), found, Drift.MOVED_SINCE,
                (expected.reverted() ? "set back by the revert" : "set by the count") + "; changed at the vendor"
                        + since);
    }

    private static Optional<Instant> latest(List<JournalEntry> entries, DocumentState state) {
        return entries.stream().filter(e -> e.state() == state).map(JournalEntry::updatedAt)
                .max(Comparator.naturalOrder());
    }

    private static List<String> notes(List<JournalEntry> entries, Optional<RevertPlan> revert, List<JournalEntry> steps,
                                      boolean reverted) {
        List<String> notes = new ArrayList<>();
        long unsent = entries.stream().filter(e -> e.state() != DocumentState.APPLIED
                && e.state() != DocumentState.REVERTED).count();
        if (unsent > 0) {
            notes.add(unsent + " of " + entries.size() + " document(s) are not applied: re-run stockadj apply");
        }
        if (revert.isPresent() && !reverted) {
            notes.add("the revert is not finished (" + steps.stream().filter(e -> e.state() == DocumentState.APPLIED)
                    .count() + " of " + steps.size() + " step(s) done): re-run stockadj revert");
        }
        return notes;
    }
}
