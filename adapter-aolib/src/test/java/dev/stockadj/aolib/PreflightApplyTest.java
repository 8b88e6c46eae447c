package dev.stockadj.aolib;

import dev.stockadj.aolib.sandbox.OrderTimeSeed;
import dev.stockadj.core.model.Bin;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.LotNumber;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.ApplyResult;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.DocumentOutcome;
import dev.stockadj.core.port.in.Invalid;
import dev.stockadj.core.service.ApplyCountService;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.testing.InMemoryJournal;
import dev.stockadj.core.testing.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A count whose plan has several documents (gains and losses on their own accounts, lines with bins apart from
 * lines without), applied through the core against the sandbox: a position Order Time would refuse in what would
 * be a later document stops the whole count before the first document is sent.
 */
class PreflightApplyTest extends SandboxedAdapterTest {
    private final InMemoryJournal journal = new InMemoryJournal();

    private static CountLine line(int no, String sku, String counted, String bin) {
        return new CountLine(no, new Sku(sku), Quantity.of(counted), Optional.empty(), Optional.empty(),
                Optional.ofNullable(bin).map(Bin::new), Optional.empty(), Optional.empty());
    }

    private static CountLine lot(int no, String sku, String counted, String bin, String lot, String expires) {
        return new CountLine(no, new Sku(sku), Quantity.of(counted), Optional.empty(), Optional.empty(),
                Optional.ofNullable(bin).map(Bin::new), Optional.of(new LotNumber(lot)),
                Optional.ofNullable(expires).map(LocalDate::parse));
    }

    private ApplyResult apply(CountLine... lines) {
        StockCount count = new StockCount(new CountReference("preflight"), Fixtures.HQ, LocalDate.of(2026, 5, 18),
                "cycle count", Currency.getInstance("USD"), List.of(lines));
        return new ApplyCountService(VendorPorts.quantities(adapter), journal, new ManualClock())
                .apply(new CountCommand(count, Optional.of(Fixtures.ACCOUNTS), ConflictPolicy.FAIL));
    }

    @Test
    void anUnknownBinInALaterDocumentSendsNoDocumentAtAll() {
        ApplyResult result = apply(
                line(1, OrderTimeSeed.WIDGET_SKU, "37", null),
                line(2, OrderTimeSeed.GASKET_SKU, "104", null),
                line(3, OrderTimeSeed.PAINT_SKU, "14", OrderTimeSeed.FLOOR),
                line(4, OrderTimeSeed.PAINT_SKU, "3", "Attic"));

        assertThat(result).isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.line()).isEqualTo(4);
                    assertThat(problem.field()).isEqualTo("bin");
                    assertThat(problem.message()).contains("'Attic'", "location 10");
                }));
        assertThat(sandbox.requestCount("POST", "/adjustment")).isZero();
        assertThat(journal.entries()).isEmpty();
        assertThat(sandbox.onHand(OrderTimeSeed.WIDGET, OrderTimeSeed.HQ)).isEqualByComparingTo("40");
    }

    @Test
    void theSameCountInAKnownBinIsAppliedInSeveralDocumentsWithThatLineInALaterOne() {
        ApplyResult result = apply(
                line(1, OrderTimeSeed.WIDGET_SKU, "37", null),
                line(2, OrderTimeSeed.GASKET_SKU, "104", null),
                line(3, OrderTimeSeed.PAINT_SKU, "14", OrderTimeSeed.FLOOR),
                line(4, OrderTimeSeed.PAINT_SKU, "9", OrderTimeSeed.SHELF_A));

        assertThat(result).isInstanceOfSatisfying(ApplyReport.class, report -> {
            assertThat(report.documents()).hasSize(3).extracting(DocumentOutcome::state)
                    .containsOnly(DocumentState.APPLIED);
            assertThat(report.documents()).filteredOn(d -> d.document().lines().stream()
                    .anyMatch(l -> l.sourceLines().contains(4)))
                    .singleElement().satisfies(d -> assertThat(d.document().index()).isPositive());
        });
        assertThat(sandbox.requestCount("POST", "/adjustment")).isEqualTo(3);
    }

    @Test
    void aNewSerialWithoutExpiryInALaterDocumentSendsNoDocumentAtAll() {
        ApplyResult result = apply(
                line(1, OrderTimeSeed.WIDGET_SKU, "37", null),
                line(2, OrderTimeSeed.GASKET_SKU, "104", null),
                lot(3, OrderTimeSeed.SCANNER_SKU, "0", OrderTimeSeed.FLOOR, "SN-1002", null),
                lot(4, OrderTimeSeed.SCANNER_SKU, "1", OrderTimeSeed.FLOOR, "SN-1004", null));

        assertThat(result).isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.line()).isEqualTo(4);
                    assertThat(problem.field()).isEqualTo("expires");
                    assertThat(problem.message()).contains("SN-1004", "new to Order Time");
                }));
        assertThat(sandbox.requestCount("POST", "/adjustment")).isZero();
        assertThat(journal.entries()).isEmpty();
    }

    @Test
    void knownLotsAndSerialsCountedWithoutExpiryAreSentWithOrderTimesAndTheWholeCountIsApplied() {
        ApplyResult result = apply(
                line(1, OrderTimeSeed.WIDGET_SKU, "37", null),
                lot(2, OrderTimeSeed.SALINE_SKU, "20", null, OrderTimeSeed.LOT_NOV_26, null),
                lot(3, OrderTimeSeed.SCANNER_SKU, "0", OrderTimeSeed.FLOOR, "SN-1002", null),
                lot(4, OrderTimeSeed.SCANNER_SKU, "1", OrderTimeSeed.FLOOR, "SN-1004", "2031-12-31"));

        assertThat(result).isInstanceOfSatisfying(ApplyReport.class, report -> assertThat(report.documents())
                .extracting(DocumentOutcome::state).isNotEmpty().containsOnly(DocumentState.APPLIED));
        assertThat(sandbox.onHand(OrderTimeSeed.SALINE, OrderTimeSeed.HQ, Optional.empty(),
                Optional.of(OrderTimeSeed.LOT_NOV_26))).isEqualByComparingTo("20");
        assertThat(sandbox.onHand(OrderTimeSeed.SCANNER, OrderTimeSeed.HQ, Optional.of(OrderTimeSeed.FLOOR),
                Optional.of("SN-1004"))).isEqualByComparingTo("1");
        assertThat(sandbox.onHand(OrderTimeSeed.SCANNER, OrderTimeSeed.HQ)).isEqualByComparingTo("3");
    }
}
