package dev.stockadj.costadj;

import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.cost.CostLine;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.revert.Undo;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.port.in.CostCorrectionCommand;
import dev.stockadj.core.port.in.CostCorrectionReport;
import dev.stockadj.core.port.in.CostUpdateResult;
import dev.stockadj.core.port.in.CostsVerifyReport;
import dev.stockadj.core.port.in.DraftUpdated;
import dev.stockadj.core.port.in.Drift;
import dev.stockadj.core.port.in.Refused;
import dev.stockadj.core.port.in.RevertCommand;
import dev.stockadj.core.port.in.RevertConflicted;
import dev.stockadj.core.port.in.RevertReport;
import dev.stockadj.core.port.in.RevertResult;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.CostAdjustmentPort;
import dev.stockadj.core.port.out.ReadSnapshotPort;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.service.CorrectCostsService;
import dev.stockadj.core.service.RevertCostsService;
import dev.stockadj.core.service.UpdateDraftCostsService;
import dev.stockadj.core.service.VerifyCostsService;
import dev.stockadj.core.testing.ForwardingCostAdjustments;
import dev.stockadj.core.testing.InMemoryJournal;
import dev.stockadj.costadj.sandbox.Fault;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 against the Foodics sandbox over HTTP: a cost correction read back by its key and checked against the
 * items' costs now ({@code GET /inventory_levels/{branch}}), reverted (a draft deleted, a closed one reversed by a
 * new adjustment restoring the previous costs, never twice), and a draft's costs updated with {@code PUT} while a
 * closed one is refused before anything is sent.
 */
class CloseTheLoopTest extends SandboxedAdapterTest {
    private static final LocationId RIYADH = new LocationId(FoodicsSandbox.BRANCH_RIYADH);
    private static final Destination DESTINATION = new Destination("foodics sandbox");

    private final InMemoryJournal journal = new InMemoryJournal();

    private CostCorrectionReport correct(boolean draft, String flour) {
        return (CostCorrectionReport) new CorrectCostsService(ports())
                .correct(new CostCorrectionCommand(RIYADH, LocalDate.of(2026, 5, 18), "supplier price list", draft,
                        Currency.getInstance("SAR"), List.of(new CostLine(1, new ItemId(FoodicsSandbox.ITEM_FLOUR),
                        UnitCost.of(flour)), new CostLine(2, new Sku("OIL-5L"), UnitCost.of("30.00")))));
    }

    /** Foodics as the use cases see it, its documents counted as going to the sandbox. */
    private VendorPorts ports() {
        return VendorPorts.costs(adapter).withDestination(DESTINATION);
    }

    private CostsVerifyReport verify(String reference) {
        return (CostsVerifyReport) new VerifyCostsService(ports(), journal)
                .verify(new CountReference(reference));
    }

    private RevertResult revert(String reference, ConflictPolicy policy) {
        return new RevertCostsService(ports(), journal, ClockPort.system(), Duration.ofMinutes(5))
                .revert(new RevertCommand(new CountReference(reference), policy, false));
    }

    private String cost(String item) {
        return sandbox.costAt(FoodicsSandbox.BRANCH_RIYADH, item).stripTrailingZeros().toPlainString();
    }

    @Test
    void aClosedCorrectionVerifiesAndAnotherAdjustmentIsDriftNamingTheItem() {
        CostCorrectionReport run = correct(false, "44.00");
        sandbox.clearRequests();

        CostsVerifyReport clean = verify(run.key().value());
        int requests = sandbox.requestCount();
        correct(false, "46.00");   // another correction (another key) moves the flour's cost
        CostsVerifyReport drifted = verify(run.key().value());

        assertThat(clean.matches()).isTrue();
        assertThat(requests).as("the adjustment by its key, and one page of levels").isEqualTo(2);
        assertThat(drifted.items().get(0).item().value()).isEqualTo(FoodicsSandbox.ITEM_FLOUR);
        assertThat(drifted.items().get(0).drift()).isEqualTo(Drift.MOVED_SINCE);
        assertThat(drifted.items().get(0).found()).contains(UnitCost.of("46"));
        assertThat(drifted.items().get(1).drift()).isEqualTo(Drift.MATCHES);
    }

    @Test
    void aClosedCorrectionIsReversedByANewAdjustmentRestoringThePreviousCostsOnce() {
        CostCorrectionReport run = correct(false, "44.00");

        RevertReport reverted = (RevertReport) revert(run.key().value(), ConflictPolicy.FAIL);
        RevertReport again = (RevertReport) revert(run.adjustment().id().value(), ConflictPolicy.FAIL);

        assertThat(reverted.complete()).isTrue();
        assertThat(reverted.steps().get(0).step().undo()).isInstanceOf(Undo.RestoreCosts.class);
        assertThat(cost(FoodicsSandbox.ITEM_FLOUR)).isEqualTo("42.5");
        assertThat(cost(FoodicsSandbox.ITEM_OIL)).isEqualTo("31.75");
        assertThat(again.alreadyReverted()).isTrue();
        assertThat(sandbox.adjustmentCount()).as("the correction and its reversal").isEqualTo(2);
        assertThat(verify(run.key().value()).matches()).as("verified against the previous costs").isTrue();
    }

    @Test
    void aCostThatMovedSinceIsAConflictUnderFail() {
        CostCorrectionReport run = correct(false, "44.00");
        correct(false, "46.00");

        RevertResult result = revert(run.key().value(), ConflictPolicy.FAIL);

        assertThat(result).isInstanceOfSatisfying(RevertConflicted.class, c -> assertThat(c.conflicts())
                .singleElement().satisfies(conflict ->
                        assertThat(conflict.position().item().value()).isEqualTo(FoodicsSandbox.ITEM_FLOUR)));
        assertThat(sandbox.adjustmentCount()).isEqualTo(2);
        assertThat(cost(FoodicsSandbox.ITEM_FLOUR)).isEqualTo("46");
    }

    @Test
    void aReversalWhoseAnswerWasLostIsFoundByItsKeyAndNotCreatedTwice() {
        CostCorrectionReport run = correct(false, "44.00");
        CostAdjustmentPort dropsTheCreate = new ForwardingCostAdjustments(adapter) {
            @Override
            public CostAdjustment create(CostAdjustmentDraft draft) {
                sandbox.failNext(Fault.STORE_THEN_DROP);   // stored by Foodics, its answer lost
                return super.create(draft);
            }
        };

        VendorPorts dropping = new VendorPorts(adapter.capabilities(), DESTINATION, adapter, adapter, adapter,
                ReadSnapshotPort.none(), Optional.empty(), Optional.of(dropsTheCreate), Optional.of(adapter));
        RevertReport first = (RevertReport) new RevertCostsService(dropping, journal, ClockPort.system(),
                Duration.ofMinutes(5))
                .revert(new RevertCommand(new CountReference(run.key().value()), ConflictPolicy.FAIL, false));
        RevertReport second = (RevertReport) revert(run.key().value(), ConflictPolicy.FAIL);

        assertThat(first.count(DocumentState.UNCERTAIN)).isEqualTo(1);
        assertThat(second.complete()).isTrue();
        assertThat(sandbox.adjustmentCount()).as("the correction and one reversal").isEqualTo(2);
        assertThat(cost(FoodicsSandbox.ITEM_FLOUR)).isEqualTo("42.5");
    }

    @Test
    void aDraftNeverReachedItsCostsAndItsRevertDeletesIt() {
        CostCorrectionReport run = correct(true, "44.00");

        CostsVerifyReport draft = verify(run.key().value());
        RevertReport reverted = (RevertReport) revert(run.key().value(), ConflictPolicy.FAIL);
        CostsVerifyReport after = verify(run.key().value());

        assertThat(draft.items()).allSatisfy(i -> assertThat(i.drift()).isEqualTo(Drift.NEVER_REACHED));
        assertThat(reverted.complete()).isTrue();
        assertThat(sandbox.received()).filteredOn(r -> r.method().equals("DELETE")).hasSize(1);
        assertThat(sandbox.adjustmentCount()).isZero();
        assertThat(after.reverted()).isTrue();
        assertThat(cost(FoodicsSandbox.ITEM_FLOUR)).as("a draft never changed it").isEqualTo("42.5");
    }

    @Test
    void updateChangesADraftWithPutAndRefusesAClosedOneBeforeSending() {
        CostAdjustmentId draft = correct(true, "44.00").adjustment().id();
        CostAdjustmentId closed = correct(false, "45.00").adjustment().id();
        UpdateDraftCostsService update = new UpdateDraftCostsService(ports());
        sandbox.clearRequests();

        CostUpdateResult updated = update.update(draft, List.of(new CostLine(1, new Sku("FLOUR-25KG"),
                UnitCost.of("43.10"))));
        int puts = (int) sandbox.received().stream().filter(r -> r.method().equals("PUT")).count();
        CostUpdateResult refused = update.update(closed, List.of(new CostLine(1, new ItemId(FoodicsSandbox.ITEM_FLOUR),
                UnitCost.of("1"))));

        assertThat(updated).isInstanceOfSatisfying(DraftUpdated.class, u -> {
            assertThat(u.after().status()).isEqualTo(CostAdjustmentStatus.DRAFT);
            assertThat(u.after().items()).singleElement().satisfies(i -> {
                assertThat(i.item().value()).isEqualTo(FoodicsSandbox.ITEM_FLOUR);
                assertThat(i.costPerUnit()).isEqualTo(UnitCost.of("43.1"));
            });
            assertThat(u.after().reference()).isEqualTo(u.before().reference());
        });
        assertThat(puts).isEqualTo(1);
        assertThat(refused).isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).contains("closed"));
        assertThat(sandbox.received().stream().filter(r -> r.method().equals("PUT")).count())
                .as("nothing sent for the closed one").isEqualTo(1);
    }
}
