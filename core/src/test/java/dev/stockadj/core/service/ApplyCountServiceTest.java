package dev.stockadj.core.service;

import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.plan.CountPlan;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.ApplyResult;
import dev.stockadj.core.port.in.Conflicted;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.DocumentOutcome;
import dev.stockadj.core.port.in.Halt;
import dev.stockadj.core.port.in.Invalid;
import dev.stockadj.core.port.in.ReferenceReused;
import dev.stockadj.core.port.in.Refused;
import dev.stockadj.core.port.out.FindPostedDocumentPort;
import dev.stockadj.core.port.out.ReadSnapshotPort;
import dev.stockadj.core.testing.InMemoryJournal;
import dev.stockadj.core.testing.InMemoryVendor;
import dev.stockadj.core.testing.InMemoryVendor.Fault;
import dev.stockadj.core.testing.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ApplyCountServiceTest {
    private static final LocationId WAREHOUSE = new LocationId("12");
    private static final Accounts ACCOUNTS = new Accounts(new AccountId("301"), new AccountId("502"));
    private static final ItemId WIDGET = new ItemId("88");
    private static final ItemId GADGET = new ItemId("91");

    private final InMemoryJournal journal = new InMemoryJournal();
    private final ManualClock clock = new ManualClock();

    private static InMemoryVendor qoyodLike() {
        return seeded(new InMemoryVendor(InMemoryVendor.absoluteCapabilities(500)));
    }

    private static InMemoryVendor orderTimeLike(int maxLines) {
        return seeded(new InMemoryVendor(InMemoryVendor.deltaCapabilities(maxLines)));
    }

    private static InMemoryVendor seeded(InMemoryVendor vendor) {
        return vendor.location(WAREHOUSE).accounts(ACCOUNTS)
                .item(WIDGET, Optional.of(new Sku("WID-A"))).item(GADGET, Optional.of(new Sku("GAD-B")))
                .stock(WAREHOUSE, Position.of(WIDGET), Quantity.of(47))
                .stock(WAREHOUSE, Position.of(GADGET), Quantity.of(120));
    }

    private static CountLine line(int no, dev.stockadj.core.model.ItemRef item, String counted) {
        return new CountLine(no, item, Quantity.of(counted), Optional.of(UnitCost.of("12.50")), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static CountCommand count(String reference, CountLine... lines) {
        return new CountCommand(new StockCount(new CountReference(reference), WAREHOUSE, LocalDate.of(2026, 5, 18),
                "weekly", Currency.getInstance("SAR"), List.of(lines)), Optional.of(ACCOUNTS), ConflictPolicy.FAIL);
    }

    private ApplyResult apply(InMemoryVendor vendor, CountCommand command) {
        return new ApplyCountService(vendor.ports(), journal, clock).apply(command);
    }

    private static ApplyReport report(ApplyResult result) {
        assertThat(result).isInstanceOf(ApplyReport.class);
        return (ApplyReport) result;
    }

    @Test
    void appliesACountAndLeavesTheBooksEqualToIt() {
        InMemoryVendor vendor = qoyodLike();

        ApplyReport report = report(apply(vendor, count("c1", line(1, WIDGET, "50"), line(2, new Sku("GAD-B"), "118"))));

        assertThat(report.complete()).isTrue();
        assertThat(report.alreadyApplied()).isFalse();
        assertThat(report.documents()).singleElement().satisfies(d -> {
            assertThat(d.state()).isEqualTo(DocumentState.APPLIED);
            assertThat(d.entry().vendorId()).isPresent();
            assertThat(d.entry().response()).isPresent();
        });
        assertThat(vendor.stockAt(WAREHOUSE, Position.of(WIDGET))).isEqualTo(Quantity.of(50));
        assertThat(vendor.stockAt(WAREHOUSE, Position.of(GADGET))).isEqualTo(Quantity.of(118));
        assertThat(report.plan().variance().gains().amount()).isEqualByComparingTo("37.50");
        assertThat(report.plan().variance().losses().amount()).isEqualByComparingTo("-25.00");
    }

    @Test
    void reRunningTheSameCountSendsNothingAndSaysItWasAlreadyApplied() {
        InMemoryVendor vendor = qoyodLike();
        apply(vendor, count("c1", line(1, WIDGET, "50")));
        vendor.stock(WAREHOUSE, Position.of(WIDGET), Quantity.of(49));

        ApplyReport again = report(apply(vendor, count("c1", line(1, WIDGET, "50"))));

        assertThat(again.alreadyApplied()).isTrue();
        assertThat(vendor.sends()).hasSize(1);
        assertThat(vendor.stockAt(WAREHOUSE, Position.of(WIDGET))).as("not re-planned").isEqualTo(Quantity.of(49));
    }

    @Test
    void aDocumentTheVendorRecordedOtherwiseIsAppliedWithItsDiscrepanciesAndNeverSentAgain() {
        InMemoryVendor vendor = qoyodLike();
        vendor.failNext(Fault.RECORDED_OTHERWISE);

        ApplyReport first = report(apply(vendor, count("c1", line(1, WIDGET, "50"))));

        DocumentOutcome outcome = first.documents().get(0);
        assertThat(outcome.state()).isEqualTo(DocumentState.APPLIED);
        assertThat(outcome.recordedOtherwise()).isTrue();
        assertThat(first.recordedOtherwise()).isTrue();
        assertThat(outcome.entry().errors()).extracting(e -> e.field()).containsExactly("line_items[0].quantity");
        assertThat(outcome.entry().note()).contains("not as sent");

        ApplyReport again = report(apply(vendor, count("c1", line(1, WIDGET, "50"))));

        assertThat(again.alreadyApplied()).isTrue();
        assertThat(again.recordedOtherwise()).as("the journal keeps the discrepancies").isTrue();
        assertThat(vendor.sends()).hasSize(1);
    }

    @Test
    void whatTheVendorCouldNotCheckIsReportedWhenTheCountIsPlannedNotWhenItIsContinued() {
        InMemoryVendor vendor = qoyodLike().leavesUnchecked("whether WID-A may be kept in bin 7");

        ApplyReport first = report(apply(vendor, count("c1", line(1, WIDGET, "50"))));
        ApplyReport again = report(apply(vendor, count("c1", line(1, WIDGET, "50"))));

        assertThat(first.unchecked()).containsExactly("whether WID-A may be kept in bin 7");
        assertThat(again.unchecked()).as("the frozen plan is continued, not planned again").isEmpty();
    }

    @Test
    void refusesTheSameReferenceWithOtherContent() {
        InMemoryVendor vendor = qoyodLike();
        apply(vendor, count("c1", line(1, WIDGET, "50")));

        ApplyResult result = apply(vendor, count("c1", line(1, WIDGET, "51")));

        assertThat(result).isInstanceOf(ReferenceReused.class);
        assertThat(vendor.sends()).hasSize(1);
    }

    @Test
    void aCountWithABadLineSendsNothingAndNamesEveryProblem() {
        InMemoryVendor vendor = qoyodLike();

        ApplyResult result = apply(vendor, count("c1", line(1, WIDGET, "50"), line(2, new Sku("NOPE"), "3"),
                line(3, new Sku("ALSO-NOPE"), "4"), line(4, GADGET, "1.123456")));

        assertThat(result).isInstanceOfSatisfying(Invalid.class, invalid ->
                assertThat(invalid.problems()).extracting(Problem::line).containsExactly(2, 3, 4));
        assertThat(vendor.sends()).isEmpty();
        assertThat(vendor.reads()).as("books are not read for a count with problems").isEmpty();
        assertThat(journal.entries()).isEmpty();

        ApplyResult unknown = apply(vendor, count("c2", line(1, WIDGET, "50"), line(2, new Sku("NOPE"), "3"),
                line(3, new Sku("ALSO-NOPE"), "4")));
        assertThat(unknown).isInstanceOfSatisfying(Invalid.class, invalid ->
                assertThat(invalid.problems()).extracting(Problem::line).containsExactly(2, 3));
        assertThat(vendor.sends()).isEmpty();
    }

    @Test
    void oneRunReportsEveryKindOfProblemSortedByLine() {
        InMemoryVendor vendor = qoyodLike();
        CountLine dearer = new CountLine(2, new Sku("WID-A"), Quantity.of(3), Optional.of(UnitCost.of("13.00")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        CountCommand command = count("c1", line(1, WIDGET, "50"), dearer, line(3, new Sku("NOPE"), "3"),
                line(4, GADGET, "1.123456"), line(5, new ItemId("404"), "2"));
        CountCommand wrongAccount = new CountCommand(command.count(),
                Optional.of(new Accounts(new AccountId("301"), new AccountId("999"))), ConflictPolicy.FAIL);

        ApplyResult result = apply(vendor, wrongAccount);

        assertThat(result).isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.problems())
                .extracting(Problem::line, Problem::field)
                .containsExactly(tuple(0, "account"), tuple(1, "unit_cost"), tuple(3, "sku"), tuple(4, "counted"),
                        tuple(5, "item")));
        assertThat(vendor.reads()).isEmpty();
        assertThat(vendor.sends()).isEmpty();
        assertThat(journal.entries()).isEmpty();
    }

    @Test
    void aPositionTheVendorRefusesInALaterDocumentStopsTheWholeCount() {
        ItemId bolt = new ItemId("95");
        InMemoryVendor vendor = orderTimeLike(1).item(bolt, Optional.empty());
        Position attic = new Position(bolt, Optional.of(new Bin("Attic")), Optional.empty());
        vendor.refuse(attic, "bin", "bin 'Attic' does not exist at location 12");
        CountLine inTheAttic = new CountLine(3, bolt, Quantity.of(5), Optional.empty(), Optional.empty(),
                Optional.of(new Bin("Attic")), Optional.empty(), Optional.empty());

        ApplyResult result = apply(vendor, count("c1", line(1, WIDGET, "50"), line(2, GADGET, "121"), inTheAttic));

        assertThat(result).isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.problems())
                .singleElement().isEqualTo(new Problem(3, "bin", "bin 'Attic' does not exist at location 12")));
        assertThat(vendor.sends()).isEmpty();
        assertThat(vendor.reads()).isEmpty();
        assertThat(journal.entries()).isEmpty();
    }

    @Test
    void anUnknownLocationOrAccountIsReportedBeforeSending() {
        InMemoryVendor vendor = qoyodLike();
        CountCommand command = count("c1", line(1, WIDGET, "50"));
        CountCommand wrongAccounts = new CountCommand(command.count(),
                Optional.of(new Accounts(new AccountId("301"), new AccountId("999"))), ConflictPolicy.FAIL);

        ApplyResult result = apply(vendor, wrongAccounts);

        assertThat(result).isInstanceOfSatisfying(Invalid.class, invalid ->
                assertThat(invalid.problems().toString()).contains("999"));
        assertThat(vendor.sends()).isEmpty();
    }

    @Test
    void conflictsUnderFailSendNothing() {
        InMemoryVendor vendor = qoyodLike();
        CountLine sold = new CountLine(1, WIDGET, Quantity.of(40), Optional.empty(), Optional.of(Quantity.of(45)),
                Optional.empty(), Optional.empty(), Optional.empty());

        ApplyResult result = apply(vendor, count("c1", sold));

        assertThat(result).isInstanceOfSatisfying(Conflicted.class, c -> assertThat(c.conflicts()).singleElement()
                .satisfies(conflict -> assertThat(conflict.bookNow()).isEqualTo(Quantity.of(47))));
        assertThat(vendor.sends()).isEmpty();
        assertThat(journal.entries()).isEmpty();
    }

    @Test
    void keepDifferenceAppliesTheCountedDifferenceOnTopOfWhatMoved() {
        InMemoryVendor vendor = qoyodLike();
        CountLine sold = new CountLine(1, WIDGET, Quantity.of(40), Optional.empty(), Optional.of(Quantity.of(45)),
                Optional.empty(), Optional.empty(), Optional.empty());
        CountCommand command = count("c1", sold);

        report(apply(vendor, new CountCommand(command.count(), command.accounts(), ConflictPolicy.KEEP_DIFFERENCE)));

        assertThat(vendor.stockAt(WAREHOUSE, Position.of(WIDGET))).isEqualTo(Quantity.of(42));
    }

    @Test
    void aVendorWithoutQuantitiesIsRefusedWithTheReason() {
        InMemoryVendor foodics = new InMemoryVendor(InMemoryVendor.costCapabilities()).location(WAREHOUSE);

        ApplyResult result = apply(foodics, count("c1", line(1, WIDGET, "50")));

        assertThat(result).isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).contains("cost"));
    }

    @Test
    void anUncertainDocumentThatLandedIsFoundByStockAndNotSentAgain() {
        InMemoryVendor vendor = qoyodLike();
        vendor.failNext(Fault.LANDED_THEN_LOST);

        ApplyReport first = report(apply(vendor, count("c1", line(1, WIDGET, "50"))));
        assertThat(first.documents().get(0).state()).isEqualTo(DocumentState.UNCERTAIN);
        assertThat(first.halt()).map(Halt::reason).contains(Halt.Reason.UNCERTAIN);

        ApplyReport second = report(apply(vendor, count("c1", line(1, WIDGET, "50"))));

        assertThat(second.complete()).isTrue();
        assertThat(vendor.sends()).hasSize(1);
        assertThat(second.documents().get(0).entry().note()).contains("target");
    }

    @Test
    void planningReadsInOneSnapshotWhileFindingOutWhetherADocumentLandedReadsAfresh() {
        InMemoryVendor vendor = qoyodLike();
        vendor.failNext(Fault.LANDED_THEN_LOST);
        List<Boolean> readsInSnapshot = new ArrayList<>();
        boolean[] open = {false};
        ReadSnapshotPort snapshots = new ReadSnapshotPort() {
            @Override
            public <T> T within(java.util.function.Supplier<T> reads) {
                open[0] = true;
                try {
                    return reads.get();
                } finally {
                    open[0] = false;
                }
            }
        };
        VendorPorts ports = new VendorPorts(vendor.capabilities(), Destination.of(vendor.capabilities().vendor()), vendor,
                (location, items) -> {
                    readsInSnapshot.add(open[0]);
                    return vendor.read(location, items);
                }, vendor, snapshots, Optional.of(new VendorPorts.Posting(vendor, FindPostedDocumentPort.unsupported())),
                Optional.empty());

        new ApplyCountService(ports, journal, clock).apply(count("c1", line(1, WIDGET, "50")));
        ApplyReport second = report(new ApplyCountService(ports, journal, clock).apply(count("c1", line(1, WIDGET, "50"))));

        assertThat(second.complete()).isTrue();
        assertThat(readsInSnapshot).as("planning's book read, then the read-back of the uncertain document")
                .containsExactly(true, false);
    }

    @Test
    void anUncertainDocumentThatNeverArrivedIsSentAgain() {
        InMemoryVendor vendor = qoyodLike();
        vendor.failNext(Fault.LOST);
        apply(vendor, count("c1", line(1, WIDGET, "50")));

        ApplyReport second = report(apply(vendor, count("c1", line(1, WIDGET, "50"))));

        assertThat(second.complete()).isTrue();
        assertThat(vendor.sends()).hasSize(2);
        assertThat(vendor.stockAt(WAREHOUSE, Position.of(WIDGET))).isEqualTo(Quantity.of(50));
    }

    @Test
    void anUncertainDocumentWhoseStockMovedStaysUncertainForAnOperator() {
        InMemoryVendor vendor = qoyodLike();
        vendor.failNext(Fault.LOST);
        apply(vendor, count("c1", line(1, WIDGET, "50")));
        vendor.stock(WAREHOUSE, Position.of(WIDGET), Quantity.of(44));

        ApplyReport second = report(apply(vendor, count("c1", line(1, WIDGET, "50"))));

        assertThat(second.documents().get(0).state()).isEqualTo(DocumentState.UNCERTAIN);
        assertThat(second.documents().get(0).entry().note()).contains("resolve it by hand");
        assertThat(vendor.sends()).hasSize(1);
    }

    @Test
    void aSearchableVendorIsAskedByKeyBeforeAnythingIsResent() {
        InMemoryVendor vendor = orderTimeLike(500);
        vendor.failNext(Fault.PROTOCOL_AFTER_LANDING);
        apply(vendor, count("c1", line(1, WIDGET, "50")));

        ApplyReport second = report(apply(vendor, count("c1", line(1, WIDGET, "50"))));

        assertThat(second.complete()).isTrue();
        assertThat(second.documents().get(0).entry().vendorId()).isPresent();
        assertThat(vendor.sends()).hasSize(1);
        assertThat(vendor.stockAt(WAREHOUSE, Position.of(WIDGET))).isEqualTo(Quantity.of(50));
    }

    @Test
    void aKilledRunsSendingDocumentIsLeftAloneWithinTheLeaseThenResolved() {
        InMemoryVendor vendor = orderTimeLike(500);
        vendor.failNext(Fault.CRASH_AFTER_LANDING);
        try {
            apply(vendor, count("c1", line(1, WIDGET, "50")));
        } catch (InMemoryVendor.SimulatedCrash killed) {
            // the process died mid-request
        }

        ApplyReport soon = report(apply(vendor, count("c1", line(1, WIDGET, "50"))));
        assertThat(soon.documents().get(0).state()).as("maybe another worker's").isEqualTo(DocumentState.SENDING);
        String settles = "settles after 2026-05-18 09:05 UTC";
        assertThat(soon.halt()).hasValueSatisfying(halt -> {
            assertThat(halt.reason()).isEqualTo(Halt.Reason.UNCERTAIN);
            assertThat(halt.message()).contains("is being sent by another process, or was left by one that stopped",
                    settles, "stockadj resolve");
        });
        assertThat(soon.documents().get(0).entry().note()).as("the journal says so too").contains(settles);

        clock.advance(Duration.ofMinutes(6));
        ApplyReport later = report(apply(vendor, count("c1", line(1, WIDGET, "50"))));

        assertThat(later.complete()).isTrue();
        assertThat(vendor.applications().values()).containsOnly(1);
    }

    @Test
    void theSendingLeaseCanBeShortened() {
        InMemoryVendor vendor = orderTimeLike(500);
        vendor.failNext(Fault.CRASH_AFTER_LANDING);
        ApplyCountService oneMinute = new ApplyCountService(VendorPorts.quantities(vendor), journal, clock, Duration.ofMinutes(1));
        try {
            oneMinute.apply(count("c1", line(1, WIDGET, "50")));
        } catch (InMemoryVendor.SimulatedCrash killed) {
            // the process died mid-request
        }
        clock.advance(Duration.ofSeconds(61));

        ApplyReport later = report(oneMinute.apply(count("c1", line(1, WIDGET, "50"))));

        assertThat(later.complete()).isTrue();
        assertThat(vendor.applications().values()).containsOnly(1);
    }

    @Test
    void aCountTriedOnTheSandboxIsStillAppliedToTheRealVendorSharingItsJournal() {
        InMemoryVendor sandbox = qoyodLike();
        InMemoryVendor real = qoyodLike();
        VendorPorts onSandbox = VendorPorts.quantities(sandbox).withDestination(Destination.sandbox(sandbox.capabilities().vendor()));

        ApplyReport tried = report(new ApplyCountService(onSandbox, journal, clock).apply(count("c1", line(1, WIDGET, "50"))));
        ApplyReport applied = report(apply(real, count("c1", line(1, WIDGET, "50"))));
        ApplyReport again = report(apply(real, count("c1", line(1, WIDGET, "50"))));

        assertThat(tried.complete()).isTrue();
        assertThat(applied.alreadyApplied()).as("another destination: another count").isFalse();
        assertThat(applied.complete()).isTrue();
        assertThat(real.stockAt(WAREHOUSE, Position.of(WIDGET))).isEqualTo(Quantity.of(50));
        assertThat(again.alreadyApplied()).isTrue();
        assertThat(applied.documents().get(0).document().key()).isNotEqualTo(tried.documents().get(0).document().key());
    }

    @Test
    void aCountFrozenBeforeDestinationsWereRecordedIsContinuedByItsVendorNeverSentAgain() {
        InMemoryVendor vendor = qoyodLike();
        ApplyReport first = report(apply(vendor, count("c1", line(1, WIDGET, "50"))));
        InMemoryJournal legacy = new InMemoryJournal();
        CountPlan old = first.plan();
        CountPlan unrecorded = new CountPlan(old.reference(), old.vendor(), Destination.UNRECORDED, old.location(),
                old.date(), old.fingerprint(), old.variance(), old.documents());
        legacy.freeze(unrecorded, first.documents().stream().map(DocumentOutcome::entry).toList());

        ApplyReport again = report(new ApplyCountService(VendorPorts.quantities(vendor), legacy, clock)
                .apply(count("c1", line(1, WIDGET, "50"))));

        assertThat(again.alreadyApplied()).isTrue();
        assertThat(vendor.sends()).hasSize(1);
    }

    @Test
    void authFailureStopsTheRunAndLeavesDocumentsPlanned() {
        InMemoryVendor vendor = orderTimeLike(1);
        vendor.failNext(Fault.AUTH);

        ApplyReport report = report(apply(vendor, count("c1", line(1, WIDGET, "50"), line(2, GADGET, "119"))));

        assertThat(report.halt()).map(Halt::reason).contains(Halt.Reason.AUTH_FAILED);
        assertThat(report.documents()).extracting(DocumentOutcome::state)
                .containsExactly(DocumentState.PLANNED, DocumentState.PLANNED);
        assertThat(vendor.sends()).hasSize(1);
    }

    @Test
    void rateLimitsAreWaitedOutForTheirRetryAfter() {
        InMemoryVendor vendor = orderTimeLike(500);
        vendor.failNext(Fault.RATE_LIMIT, Fault.RATE_LIMIT);

        ApplyReport report = report(apply(vendor, count("c1", line(1, WIDGET, "50"))));

        assertThat(report.complete()).isTrue();
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void aRejectedDocumentKeepsTheVendorsMessagesAndOthersStillApply() {
        InMemoryVendor vendor = orderTimeLike(1);
        vendor.failNext(Fault.REJECT);

        ApplyReport report = report(apply(vendor, count("c1", line(1, WIDGET, "50"), line(2, GADGET, "121"))));

        assertThat(report.documents()).extracting(DocumentOutcome::state)
                .containsExactly(DocumentState.REJECTED, DocumentState.APPLIED);
        assertThat(report.documents().get(0).entry().errors()).isNotEmpty();
    }

    @Test
    void aReRunSendsARejectedDocumentAgainSinceTheVendorRecordedNothing() {
        InMemoryVendor vendor = orderTimeLike(1);
        vendor.failNext(Fault.REJECT);
        ApplyReport first = report(apply(vendor, count("c1", line(1, WIDGET, "50"), line(2, GADGET, "121"))));
        assertThat(first.count(DocumentState.REJECTED)).isEqualTo(1);

        ApplyReport again = report(apply(vendor, count("c1", line(1, WIDGET, "50"), line(2, GADGET, "121"))));

        assertThat(again.complete()).isTrue();
        assertThat(again.alreadyApplied()).isFalse();
        assertThat(vendor.sends()).hasSize(3);
        assertThat(vendor.applications().values()).containsOnly(1);
        assertThat(vendor.stockAt(WAREHOUSE, Position.of(WIDGET))).isEqualTo(Quantity.of(50));
    }

    @Test
    void aSingleAccountVendorGetsGainsAndLossesInSeparateDocumentsOnTheirAccounts() {
        InMemoryVendor vendor = orderTimeLike(500);

        ApplyReport report = report(apply(vendor, count("c1", line(1, WIDGET, "50"), line(2, GADGET, "100"))));

        assertThat(report.documents()).hasSize(2);
        assertThat(report.documents().get(0).document().offsetAccount()).isEqualTo(ACCOUNTS.gain());
        assertThat(report.documents().get(1).document().offsetAccount()).isEqualTo(ACCOUNTS.loss());
    }

    @Test
    void detailedAndUndetailedLinesGoInSeparateDocuments() {
        InMemoryVendor vendor = orderTimeLike(500);
        CountLine binned = new CountLine(2, GADGET, Quantity.of(5), Optional.empty(), Optional.empty(),
                Optional.of(new Bin("Floor")), Optional.empty(), Optional.empty());

        ApplyReport report = report(apply(vendor, count("c1", line(1, WIDGET, "50"), binned)));

        assertThat(report.documents()).hasSize(2).allSatisfy(d -> assertThat(d.document().lines())
                .extracting(l -> l.position().detailed()).containsOnly(d.document().lines().get(0).position().detailed()));
    }

    @Test
    void aCountWithoutVarianceIsCompleteWithoutDocuments() {
        InMemoryVendor vendor = qoyodLike();

        ApplyReport report = report(apply(vendor, count("c1", line(1, WIDGET, "47"))));

        assertThat(report.documents()).isEmpty();
        assertThat(report.complete()).isTrue();
        assertThat(vendor.sends()).isEmpty();
    }

    @Test
    void lotsAndBinsAreSummedPerItemForAVendorWithoutThem() {
        InMemoryVendor vendor = qoyodLike();
        CountLine inA = new CountLine(1, WIDGET, Quantity.of(20), Optional.empty(), Optional.empty(),
                Optional.of(new Bin("A")), Optional.empty(), Optional.empty());
        CountLine inB = new CountLine(2, WIDGET, Quantity.of(31), Optional.empty(), Optional.empty(),
                Optional.of(new Bin("B")), Optional.empty(), Optional.empty());

        ApplyReport report = report(apply(vendor, count("c1", inA, inB)));

        assertThat(report.plan().variance().lines()).singleElement().satisfies(v -> {
            assertThat(v.counted()).isEqualTo(Quantity.of(51));
            assertThat(v.merged()).isTrue();
        });
        assertThat(vendor.stockAt(WAREHOUSE, Position.of(WIDGET))).isEqualTo(Quantity.of(51));
    }

    @Test
    void maxLinesSplitsACountIntoSeveralDocumentsAllApplied() {
        VendorCapabilities two = InMemoryVendor.absoluteCapabilities(1);
        InMemoryVendor vendor = seeded(new InMemoryVendor(two));

        ApplyReport report = report(apply(vendor, count("c1", line(1, WIDGET, "50"), line(2, GADGET, "100"))));

        assertThat(report.documents()).hasSize(2).allSatisfy(d -> assertThat(d.state()).isEqualTo(DocumentState.APPLIED));
        assertThat(report.documents().get(0).document().key()).isNotEqualTo(report.documents().get(1).document().key());
    }
}
