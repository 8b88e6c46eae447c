package dev.stockadj.core.service;

import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.cost.CostLine;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.port.in.CostCorrectionCommand;
import dev.stockadj.core.port.in.CostCorrectionReport;
import dev.stockadj.core.port.in.CostCorrectionResult;
import dev.stockadj.core.port.in.Invalid;
import dev.stockadj.core.port.in.Refused;
import dev.stockadj.core.testing.InMemoryVendor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CorrectCostsServiceTest {
    private static final LocationId BRANCH = new LocationId("b-riyadh-1");
    private static final ItemId FLOUR = new ItemId("flour");
    private static final ItemId OIL = new ItemId("oil");

    private final InMemoryVendor foodics = new InMemoryVendor(InMemoryVendor.costCapabilities()).location(BRANCH)
            .item(FLOUR, Optional.of(new Sku("FLOUR-25KG"))).cost(FLOUR, UnitCost.of("40.00"))
            .item(OIL, Optional.of(new Sku("OIL-5L"))).cost(OIL, UnitCost.of("21.50"))
            .stock(BRANCH, Position.of(FLOUR), Quantity.of("12.5"));

    private CostCorrectionResult correct(InMemoryVendor vendor, boolean draft, CostLine... lines) {
        return correct(vendor, BRANCH, draft, lines);
    }

    private CostCorrectionResult correct(InMemoryVendor vendor, LocationId branch, boolean draft, CostLine... lines) {
        return new CorrectCostsService(vendor.ports()).correct(
                new CostCorrectionCommand(branch, LocalDate.of(2026, 5, 18), "supplier price change", draft,
                        Currency.getInstance("SAR"), List.of(lines)));
    }

    @Test
    void closesACorrectionAndReportsPreviousCostAndRevaluation() {
        CostCorrectionResult result = correct(foodics, false, new CostLine(1, new Sku("FLOUR-25KG"), UnitCost.of("42.35")),
                new CostLine(2, OIL, UnitCost.of("20.00")));

        assertThat(result).isInstanceOfSatisfying(CostCorrectionReport.class, report -> {
            assertThat(report.adjustment().status()).isEqualTo(CostAdjustmentStatus.CLOSED);
            assertThat(report.changes().get(0).previousCost()).contains(UnitCost.of("40.00"));
            assertThat(report.changes().get(0).revaluation()).hasValueSatisfying(m ->
                    assertThat(m.amount()).isEqualByComparingTo("29.38"));
            assertThat(report.changes().get(1).onHand()).as("oil has no known on-hand").isEmpty();
            assertThat(report.revaluation().amount()).isEqualByComparingTo("29.38");
            assertThat(report.adjustment().reference()).contains(report.key().value());
        });
        assertThat(foodics.costOf(FLOUR)).isEqualTo(UnitCost.of("42.35"));
    }

    @Test
    void theSameCorrectionAgainIsFoundByItsKeyAndNotCreatedTwice() {
        correct(foodics, true, new CostLine(1, OIL, UnitCost.of("20.00")));

        CostCorrectionResult again = correct(foodics, true, new CostLine(1, OIL, UnitCost.of("20.00")));

        assertThat(again).isInstanceOfSatisfying(CostCorrectionReport.class, r -> assertThat(r.alreadyApplied()).isTrue());
        assertThat(foodics.list(dev.stockadj.core.model.cost.CostAdjustmentFilter.none())).hasSize(1);
    }

    @Test
    void aDraftLeavesCostsAsTheyWere() {
        correct(foodics, true, new CostLine(1, OIL, UnitCost.of("20.00")));

        assertThat(foodics.costOf(OIL)).isEqualTo(UnitCost.of("21.50"));
    }

    @Test
    void unknownSkusAndConflictingCostsAreReportedWithTheirLinesAndNothingIsCreated() {
        CostCorrectionResult result = correct(foodics, false, new CostLine(1, new Sku("NOPE"), UnitCost.of("1")),
                new CostLine(2, OIL, UnitCost.of("20.00")), new CostLine(3, new Sku("OIL-5L"), UnitCost.of("19.00")));

        assertThat(result).isInstanceOfSatisfying(Invalid.class, invalid ->
                assertThat(invalid.problems()).extracting(Problem::line).containsExactly(1, 2));
        assertThat(foodics.list(dev.stockadj.core.model.cost.CostAdjustmentFilter.none())).isEmpty();
    }

    @Test
    void anUnknownBranchIsReportedWithEveryOtherProblemAndNothingIsCreated() {
        CostCorrectionResult result = correct(foodics, new LocationId("b-mars-1"), false,
                new CostLine(1, new Sku("NOPE"), UnitCost.of("1")), new CostLine(2, OIL, UnitCost.of("20.123456")));

        assertThat(result).isInstanceOfSatisfying(Invalid.class, invalid -> {
            assertThat(invalid.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("b-mars-1"));
            assertThat(invalid.problems()).extracting(Problem::line).contains(1, 2);
        });
        assertThat(foodics.list(dev.stockadj.core.model.cost.CostAdjustmentFilter.none())).isEmpty();
    }

    @Test
    void theNotesAreWrittenAsGivenAndTheKeyTravelsInTheReference() {
        CostCorrectionResult result = correct(foodics, true, new CostLine(1, OIL, UnitCost.of("20.00")));

        assertThat(result).isInstanceOfSatisfying(CostCorrectionReport.class, report -> {
            assertThat(report.adjustment().notes()).isEqualTo("supplier price change");
            assertThat(report.adjustment().reference()).contains(report.key().value());
        });
    }

    @Test
    void aVendorWithoutCostOnlyCorrectionsIsRefusedWithAHint() {
        InMemoryVendor qoyod = new InMemoryVendor(InMemoryVendor.absoluteCapabilities(500));

        CostCorrectionResult result = correct(qoyod, false, new CostLine(1, OIL, UnitCost.of("20.00")));

        assertThat(result).isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).contains("unit_cost"));
    }
}
