package dev.stockadj.costadj;

import dev.stockadj.core.model.cost.CostLine;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.port.in.CostCorrectionCommand;
import dev.stockadj.core.port.in.CostCorrectionReport;
import dev.stockadj.core.port.in.CostCorrectionResult;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.service.CorrectCostsService;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A correction applied again is found by its key and not created twice — also if Foodics numbers
 * its own references and ignores the key sent as {@code reference} (it is in the notes too).
 */
class CorrectionFoundAgainTest extends SandboxedAdapterTest {
    private CostCorrectionResult correct() {
        return new CorrectCostsService(VendorPorts.costs(adapter)).correct(
                new CostCorrectionCommand(new LocationId(FoodicsSandbox.BRANCH_RIYADH), LocalDate.of(2026, 5, 18),
                        "supplier price list", false, Currency.getInstance("SAR"),
                        List.of(new CostLine(1, new ItemId(FoodicsSandbox.ITEM_FLOUR), UnitCost.of("44.00")))));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theSameCorrectionAgainIsFoundAndNotCreatedTwice(boolean foodicsIgnoresOurReference) {
        sandbox.ignoreClientReferences(foodicsIgnoresOurReference);

        CostCorrectionResult first = correct();
        CostCorrectionResult again = correct();

        assertThat(first).isInstanceOfSatisfying(CostCorrectionReport.class, r -> assertThat(r.alreadyApplied()).isFalse());
        assertThat(again).isInstanceOfSatisfying(CostCorrectionReport.class, r -> {
            assertThat(r.alreadyApplied()).isTrue();
            assertThat(r.adjustment().id()).isEqualTo(((CostCorrectionReport) first).adjustment().id());
        });
        assertThat(sandbox.adjustmentCount()).isEqualTo(1);
    }

    @org.junit.jupiter.api.Test
    void previousCostsAndRevaluationComeFromWhatFoodicsAnswersAndHolds() {
        CostCorrectionResult result = new CorrectCostsService(VendorPorts.costs(adapter))
                .correct(new CostCorrectionCommand(new LocationId(FoodicsSandbox.BRANCH_RIYADH), LocalDate.of(2026, 5, 18),
                        "", false, Currency.getInstance("SAR"), List.of(
                        new CostLine(1, new ItemId(FoodicsSandbox.ITEM_FLOUR), UnitCost.of("44.00")),
                        new CostLine(2, new dev.stockadj.core.model.Sku("OIL-5L"), UnitCost.of("30.00")))));

        assertThat(result).isInstanceOfSatisfying(CostCorrectionReport.class, r -> {
            assertThat(r.changes()).extracting(c -> c.previousCost().orElseThrow())
                    .containsExactly(UnitCost.of("42.5"), UnitCost.of("31.75"));
            assertThat(r.changes()).extracting(c -> c.revaluation().orElseThrow().amount().toPlainString())
                    .containsExactly("180.00", "-70.00");
            assertThat(r.revaluation().amount()).isEqualByComparingTo("110.00");
        });
    }
}
