package dev.stockadj.aolib;

import dev.stockadj.aolib.sandbox.OrderTimeSeed;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.port.out.VendorRejected;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Documents Order Time would refuse are refused before the adjustment is sent: the safety net behind the
 * positions' verification, naming the count's lines.
 */
class DetailsRuleTest extends SandboxedAdapterTest {
    @Test
    void aDocumentMixingDetailedAndUndetailedLinesIsABugStoppedBeforeAnyRequest() {
        var mixed = Fixtures.document(
                Fixtures.line(Fixtures.at(OrderTimeSeed.WIDGET, null, null), "40", "41"),
                Fixtures.line(Fixtures.at(OrderTimeSeed.PAINT, OrderTimeSeed.FLOOR, null), "12", "13"),
                Fixtures.line(Fixtures.at(OrderTimeSeed.GASKET, null, null), "100", "101"));

        assertThatThrownBy(() -> adapter.post(mixed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("separate documents");
        assertThat(sandbox.requestCount()).isZero();
    }

    @Test
    void aSerialNumberMovingMoreThanOneUnitIsRefusedBeforePosting() {
        var twoOfASerial = Fixtures.document(
                Fixtures.line(Fixtures.at(OrderTimeSeed.SCANNER, OrderTimeSeed.FLOOR, "SN-2000"), "0", "2"));

        VendorRejected rejected = catchThrowableOfType(VendorRejected.class, () -> adapter.post(twoOfASerial));

        assertThat(rejected.getMessage()).contains("count line 1", "serial number moves by one unit", "SN-2000");
        assertThat(sandbox.requestCount("POST", "/adjustment")).isZero();
    }

    @Test
    void anUnknownBinIsRefusedBeforePosting() {
        var floor = Fixtures.line(Fixtures.at(OrderTimeSeed.PAINT, OrderTimeSeed.FLOOR, null), "12", "13");
        var attic = new PlannedLine(Fixtures.at(OrderTimeSeed.PAINT, "Attic", null), List.of(7, 9), Quantity.of("0"),
                Quantity.of("1"), Optional.empty(), Optional.empty());
        var nowhere = Fixtures.document(floor, attic);

        VendorRejected rejected = catchThrowableOfType(VendorRejected.class, () -> adapter.post(nowhere));

        assertThat(rejected.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .as("named by the count's lines, not the document's").startsWith("count lines 7, 9 (37 bin Attic)")
                .contains("bin 'Attic' does not exist at location 10"));
        assertThat(sandbox.requestCount("POST", "/adjustment")).isZero();
    }

    @Test
    void aBinMayBeNamedByItsIdWhenNoBinHasThatName() {
        var byId = Fixtures.document(Fixtures.line(
                Fixtures.at(OrderTimeSeed.PAINT, String.valueOf(OrderTimeSeed.BIN_SHELF_A), null), "6", "9"));

        adapter.post(byId);

        assertThat(sandbox.onHand(OrderTimeSeed.PAINT, OrderTimeSeed.HQ, Optional.of(OrderTimeSeed.SHELF_A),
                Optional.empty())).isEqualByComparingTo("9");
    }

    @Test
    void aNonNumericItemIdIsRefusedBeforeAnyRequest() {
        var named = Fixtures.document(Fixtures.line(
                new dev.stockadj.core.model.count.Position(new dev.stockadj.core.model.ItemId("WIDGET-BLUE"),
                        Optional.empty(), Optional.empty()), "0", "1"));

        VendorRejected rejected = catchThrowableOfType(VendorRejected.class, () -> adapter.post(named));

        assertThat(rejected.errors().get(0).field()).isEqualTo("ItemRef");
        assertThat(sandbox.requestCount()).isZero();
    }
}
