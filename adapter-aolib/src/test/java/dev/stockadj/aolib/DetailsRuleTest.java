package dev.stockadj.aolib;

import dev.stockadj.aolib.sandbox.OrderTimeSeed;
import dev.stockadj.core.port.out.VendorRejected;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Documents Order Time would refuse are refused before the adjustment is sent. */
class DetailsRuleTest extends SandboxedAdapterTest {
    @Test
    void aDocumentMixingDetailedAndUndetailedLinesIsRefusedBeforeAnyRequest() {
        var mixed = Fixtures.document(
                Fixtures.line(Fixtures.at(OrderTimeSeed.WIDGET, null, null), "40", "41"),
                Fixtures.line(Fixtures.at(OrderTimeSeed.PAINT, OrderTimeSeed.FLOOR, null), "12", "13"),
                Fixtures.line(Fixtures.at(OrderTimeSeed.GASKET, null, null), "100", "101"));

        VendorRejected rejected = catchThrowableOfType(VendorRejected.class, () -> adapter.post(mixed));

        assertThat(rejected.errors()).hasSize(1);
        assertThat(rejected.errors().get(0).message())
                .contains("without details: line 1 (30, count lines [1])", "line 3 (31, count lines [1])",
                        "with details: line 2 (37 bin Floor, count lines [1])");
        assertThat(sandbox.requestCount()).isZero();
    }

    @Test
    void aSerialNumberMovingMoreThanOneUnitIsRefusedBeforePosting() {
        var twoOfASerial = Fixtures.document(
                Fixtures.line(Fixtures.at(OrderTimeSeed.SCANNER, OrderTimeSeed.FLOOR, "SN-2000"), "0", "2"));

        VendorRejected rejected = catchThrowableOfType(VendorRejected.class, () -> adapter.post(twoOfASerial));

        assertThat(rejected.getMessage()).contains("serial number moves by one unit", "SN-2000");
        assertThat(sandbox.requestCount("POST", "/adjustment")).isZero();
    }

    @Test
    void anUnknownBinIsRefusedBeforePosting() {
        var nowhere = Fixtures.document(Fixtures.line(Fixtures.at(OrderTimeSeed.PAINT, "Attic", null), "0", "1"));

        VendorRejected rejected = catchThrowableOfType(VendorRejected.class, () -> adapter.post(nowhere));

        assertThat(rejected.getMessage()).contains("bin 'Attic' does not exist at location 10");
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
                new dev.stockadj.core.model.Position(new dev.stockadj.core.model.ItemId("WIDGET-BLUE"),
                        Optional.empty(), Optional.empty()), "0", "1"));

        VendorRejected rejected = catchThrowableOfType(VendorRejected.class, () -> adapter.post(named));

        assertThat(rejected.errors().get(0).field()).isEqualTo("ItemRef");
        assertThat(sandbox.requestCount()).isZero();
    }
}
