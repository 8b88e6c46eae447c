package dev.stockadj.core.service;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.model.cost.CostLine;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.revert.Undo;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.port.in.CostCheck;
import dev.stockadj.core.port.in.CostCorrectionCommand;
import dev.stockadj.core.port.in.CostCorrectionReport;
import dev.stockadj.core.port.in.CostsVerifyReport;
import dev.stockadj.core.port.in.Drift;
import dev.stockadj.core.port.in.Halt;
import dev.stockadj.core.port.in.RevertCommand;
import dev.stockadj.core.port.in.RevertConflicted;
import dev.stockadj.core.port.in.RevertReport;
import dev.stockadj.core.port.in.RevertResult;
import dev.stockadj.core.port.in.UnknownCount;
import dev.stockadj.core.port.in.VerifyResult;
import dev.stockadj.core.port.out.ReadSnapshotPort;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.testing.InMemoryJournal;
import dev.stockadj.core.testing.InMemoryVendor;
import dev.stockadj.core.testing.InMemoryVendor.Fault;
import dev.stockadj.core.testing.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A Foodics-like cost correction verified and reverted: drafts deleted, closed ones reversed by their previous costs. */
class CostsLoopTest {
    private static final LocationId BRANCH = new LocationId("b-riyadh-1");
    private static final ItemId FLOUR = new ItemId("flour");
    private static final ItemId OIL = new ItemId("oil");
    private static final Destination DESTINATION = new Destination("memory sandbox");

    private final InMemoryVendor foodics = new InMemoryVendor(InMemoryVendor.costCapabilities()).location(BRANCH)
            .item(FLOUR, Optional.of(new Sku("FLOUR-25KG"))).cost(FLOUR, UnitCost.of("40.00"))
            .item(OIL, Optional.of(new Sku("OIL-5L"))).cost(OIL, UnitCost.of("21.50"));
    private final InMemoryJournal journal = new InMemoryJournal();
    private final ManualClock clock = new ManualClock();

    private CostCorrectionReport corrected(boolean draft) {
        return (CostCorrectionReport) new CorrectCostsService(foodics.ports())
                .correct(new CostCorrectionCommand(BRANCH, LocalDate.of(2026, 5, 18), "supplier price change", draft,
                        Currency.getInstance("SAR"), List.of(new CostLine(1, FLOUR, UnitCost.of("42.35")),
                        new CostLine(2, OIL, UnitCost.of("20")))));
    }

    private VerifyResult verify(String reference) {
        return new VerifyCostsService(foodics.ports().withDestination(DESTINATION), journal)
                .verify(new CountReference(reference));
    }

    private RevertResult revert(String reference, ConflictPolicy policy) {
        return new RevertCostsService(foodics.ports().withDestination(DESTINATION), journal, clock,
                Duration.ofMinutes(5)).revert(new RevertCommand(new CountReference(reference), policy, false));
    }

    private static CostsVerifyReport report(VerifyResult result) {
        assertThat(result).isInstanceOf(CostsVerifyReport.class);
        return (CostsVerifyReport) result;
    }

    @Test
    void aClosedCorrectionVerifiesByItsKeyOrItsIdAndDriftsWhenAnotherAdjustmentMovesACost() {
        CostCorrectionReport run = corrected(false);

        CostsVerifyReport byKey = report(verify(run.key().value()));
        CostsVerifyReport byId = report(verify(run.adjustment().id().value()));
        foodics.create(new CostAdjustmentDraft(BRANCH, LocalDate.of(2026, 5, 19), CostAdjustmentStatus.CLOSED, "",
                Optional.empty(), List.of(new CostItem(OIL, UnitCost.of("23")))));
        CostsVerifyReport moved = report(verify(run.key().value()));

        assertThat(byKey.matches()).isTrue();
        assertThat(byKey.items()).extracting(CostCheck::item).containsExactly(FLOUR, OIL);
        assertThat(byId.matches()).isTrue();
        assertThat(moved.items().get(1).drift()).isEqualTo(Drift.MOVED_SINCE);
        assertThat(moved.items().get(1).found()).contains(UnitCost.of("23"));
        assertThat(moved.items().get(0).drift()).isEqualTo(Drift.MATCHES);
    }

    @Test
    void aDraftNeverReachedItsCostsAndItsRevertDeletesIt() {
        CostCorrectionReport run = corrected(true);

        CostsVerifyReport draft = report(verify(run.key().value()));
        RevertReport reverted = (RevertReport) revert(run.key().value(), ConflictPolicy.FAIL);
        CostsVerifyReport after = report(verify(run.key().value()));

        assertThat(draft.items()).allSatisfy(i -> assertThat(i.drift()).isEqualTo(Drift.NEVER_REACHED));
        assertThat(draft.items().get(0).why()).contains("draft", "costs close");
        assertThat(reverted.complete()).isTrue();
        assertThat(reverted.steps()).singleElement().satisfies(s -> assertThat(s.step().undo()).isInstanceOf(Undo.Delete.class));
        assertThat(foodics.get(run.adjustment().id())).as("the draft is gone").isEmpty();
        assertThat(after.reverted()).isTrue();
        assertThat(after.matches()).isTrue();
    }

    @Test
    void aClosedCorrectionIsReversedByANewAdjustmentRestoringThePreviousCostsOnce() {
        CostCorrectionReport run = corrected(false);

        RevertReport reverted = (RevertReport) revert(run.key().value(), ConflictPolicy.FAIL);
        RevertReport again = (RevertReport) revert(run.adjustment().id().value(), ConflictPolicy.FAIL);

        assertThat(reverted.complete()).isTrue();
        assertThat(foodics.costOf(FLOUR)).isEqualTo(UnitCost.of("40.00"));
        assertThat(foodics.costOf(OIL)).isEqualTo(UnitCost.of("21.50"));
        assertThat(again.alreadyReverted()).as("named by its id, the same revert").isTrue();
        assertThat(foodics.adjustmentsCreated()).as("the correction and one reversal").isEqualTo(2);
        assertThat(report(verify(run.key().value())).matches()).as("verified against the previous costs").isTrue();
    }

    @Test
    void aCostThatMovedSinceIsAConflictUnderFailAndRestoredUnderKeepCounted() {
        CostCorrectionReport run = corrected(false);
        foodics.create(new CostAdjustmentDraft(BRANCH, LocalDate.of(2026, 5, 19), CostAdjustmentStatus.CLOSED, "",
                Optional.empty(), List.of(new CostItem(OIL, UnitCost.of("23")))));

        RevertResult failed = revert(run.key().value(), ConflictPolicy.FAIL);
        RevertReport kept = (RevertReport) revert(run.key().value(), ConflictPolicy.KEEP_COUNTED);

        assertThat(failed).isInstanceOfSatisfying(RevertConflicted.class, c ->
                assertThat(c.conflicts()).singleElement().satisfies(conflict ->
                        assertThat(conflict.position().item()).isEqualTo(OIL)));
        assertThat(kept.complete()).isTrue();
        assertThat(foodics.costOf(OIL)).isEqualTo(UnitCost.of("21.50"));
    }

    @Test
    void aReversalWhoseOutcomeWasLostIsFoundByItsKeyNotCreatedTwice() {
        CostCorrectionReport run = corrected(false);
        foodics.failNextCostWrite(Fault.LANDED_THEN_LOST);

        RevertReport first = (RevertReport) revert(run.key().value(), ConflictPolicy.FAIL);
        RevertReport second = (RevertReport) revert(run.key().value(), ConflictPolicy.FAIL);

        assertThat(first.halt()).map(Halt::reason).contains(Halt.Reason.UNCERTAIN);
        assertThat(first.count(DocumentState.UNCERTAIN)).isEqualTo(1);
        assertThat(second.complete()).isTrue();
        assertThat(foodics.adjustmentsCreated()).isEqualTo(2);
        assertThat(second.steps().get(0).entry().vendorId()).isPresent();
    }

    @Test
    void aRunKilledAfterFoodicsCreatedTheReversalFindsItAfterTheLeaseAndNeverCreatesASecond() {
        CostCorrectionReport run = corrected(false);
        foodics.failNextCostWrite(Fault.CRASH_AFTER_LANDING);
        try {
            revert(run.key().value(), ConflictPolicy.FAIL);
        } catch (InMemoryVendor.SimulatedCrash killed) {
            // the process died after Foodics created the reversal, before the journal heard of it
        }

        RevertReport soon = (RevertReport) revert(run.key().value(), ConflictPolicy.FAIL);
        clock.advance(Duration.ofMinutes(6));
        RevertReport later = (RevertReport) revert(run.key().value(), ConflictPolicy.FAIL);

        assertThat(soon.halt()).map(Halt::reason).contains(Halt.Reason.UNCERTAIN);
        assertThat(later.complete()).isTrue();
        assertThat(foodics.adjustmentsCreated()).as("the correction and one reversal").isEqualTo(2);
        assertThat(foodics.costOf(FLOUR)).isEqualTo(UnitCost.of("40.00"));
    }

    @Test
    void anAdjustmentNobodyMadeIsUnknown() {
        assertThat(verify("sa1-000000000000000000000000")).isInstanceOf(UnknownCount.class);
        assertThat(revert("ca-nope", ConflictPolicy.FAIL)).isInstanceOf(UnknownCount.class);
    }

    @Test
    void aVendorWithoutCostAdjustmentsOrItsCostsNowCannotBeGivenTheCostsRoute() {
        InMemoryVendor qoyod = new InMemoryVendor(InMemoryVendor.absoluteCapabilities(50));
        VendorPorts blind = new VendorPorts(foodics.capabilities(), DESTINATION, foodics, foodics, foodics,
                ReadSnapshotPort.none(), Optional.empty(), Optional.of(foodics));

        assertThatThrownBy(() -> new VerifyCostsService(qoyod.ports(), journal))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keeps no cost adjustments");
        assertThatThrownBy(() -> new RevertCostsService(blind, journal, clock, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("says no item's cost now");
    }
}
