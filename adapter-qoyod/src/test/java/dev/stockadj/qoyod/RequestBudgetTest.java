package dev.stockadj.qoyod;

import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.service.ApplyCountService;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.testing.InMemoryJournal;
import dev.stockadj.core.testing.ManualClock;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import dev.stockadj.qoyod.sandbox.SandboxProduct;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a whole count by SKU costs in requests, applied end to end through the core (plan, freeze, post), against
 * the sandbox: issue 9's budgets. Each product is read at most once per run, and SKU resolution, product checks and
 * stock share one pass over the catalogue; posting adds one request per document.
 */
class RequestBudgetTest {
    private static final LocationId MAIN = new LocationId(Long.toString(QoyodSandbox.MAIN_WAREHOUSE));

    private static ApplyReport apply(QoyodSandbox sandbox, List<CountLine> lines) {
        try (QoyodAdapter adapter = QoyodAdapter.create(QoyodSettings.defaults(sandbox.baseUrl(), sandbox.apiKey())
                .withRequestsPerMinute(100_000))) {
            StockCount count = new StockCount(new CountReference("budget-" + lines.size()), MAIN,
                    LocalDate.of(2026, 11, 26), "", Currency.getInstance("SAR"), lines);
            return (ApplyReport) new ApplyCountService(VendorPorts.quantities(adapter), new InMemoryJournal(),
                    new ManualClock()).apply(new CountCommand(count, Optional.of(Documents.ACCOUNTS), ConflictPolicy.FAIL));
        }
    }

    private static long requests(QoyodSandbox sandbox, String method) {
        return sandbox.requests().stream().filter(r -> r.startsWith(method + " ")).count();
    }

    @Test
    void aFourLineCountTakesAtMostTenRequestsWithItsPost() {
        try (QoyodSandbox sandbox = QoyodSandbox.start(0)) {
            List<CountLine> lines = List.of(CountLine.of(1, new Sku("WID-A"), Quantity.of(50)),
                    CountLine.of(2, new Sku("WID-B"), Quantity.of(120)),
                    CountLine.of(3, new Sku("WID-C"), Quantity.of("7.5")),
                    CountLine.of(4, new Sku("WID-E"), Quantity.of(15)));

            ApplyReport report = apply(sandbox, lines);

            assertThat(report.complete()).isTrue();
            assertThat(requests(sandbox, "POST")).isEqualTo(1);
            assertThat(sandbox.requestCount()).as(String.join("\n", sandbox.requests())).isLessThanOrEqualTo(10);
            assertThat(sandbox.requests()).as("no product is read twice")
                    .filteredOn(r -> r.startsWith("GET /2.0/products")).doesNotHaveDuplicates();
        }
    }

    /** 3,000 lines: 30 pages + 6 POSTs + 10; 10,000 lines: at most 110 reads (101 pages of 100 products here). */
    @ParameterizedTest(name = "{0} lines: at most {1} reads and {2} documents")
    @CsvSource({"3000, 36, 6", "10000, 110, 20"})
    void aLargeCountReadsTheCatalogueOnceAndPostsOncePerDocument(int size, int readBudget, int documents) {
        try (QoyodSandbox sandbox = QoyodSandbox.start(0, 100_000)) {
            List<SandboxProduct> products = sandbox.seedProducts(size - 1);
            List<CountLine> lines = new ArrayList<>();
            lines.add(CountLine.of(1, new Sku("WID-A"), Quantity.of(50)));
            for (SandboxProduct product : products) {
                lines.add(CountLine.of(lines.size() + 1, new Sku(product.sku()), Quantity.of(1000)));
            }
            sandbox.clearRequests();

            ApplyReport report = apply(sandbox, lines);

            assertThat(report.complete()).isTrue();
            assertThat(report.documents()).hasSize(documents)
                    .allSatisfy(d -> assertThat(d.state()).isEqualTo(DocumentState.APPLIED));
            assertThat(requests(sandbox, "POST")).isEqualTo(documents);
            assertThat(requests(sandbox, "GET")).as("reads").isLessThanOrEqualTo(readBudget);
        }
    }
}
