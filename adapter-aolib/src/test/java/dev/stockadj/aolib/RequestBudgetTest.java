package dev.stockadj.aolib;

import dev.stockadj.aolib.sandbox.OrderTimeSandbox;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.service.ApplyCountService;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.testing.InMemoryJournal;
import dev.stockadj.core.testing.ManualClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a whole count by SKU costs in requests, applied end to end through the core (plan, freeze, post) against
 * the sandbox: issue 11's budget for Order Time. Every query (SKUs by name, the location and accounts, the items'
 * tracking, stock on hand, 500 ids a query) is read page by page until a short page, with no count asked first,
 * so a query of fewer than 1,000 rows costs one request; posting adds one request per document (200 lines).
 */
class RequestBudgetTest {

    private static ApplyReport apply(OrderTimeSandbox sandbox, List<CountLine> lines) {
        try (OrderTimeAdapter adapter = OrderTimeAdapter.create(Fixtures.settings(sandbox), new ManualClock())) {
            StockCount count = new StockCount(new CountReference("budget-" + lines.size()), Fixtures.HQ,
                    LocalDate.of(2026, 11, 26), "", Currency.getInstance("USD"), lines);
            return (ApplyReport) new ApplyCountService(VendorPorts.quantities(adapter), new InMemoryJournal(),
                    new ManualClock()).apply(new CountCommand(count, Optional.of(Fixtures.ACCOUNTS), ConflictPolicy.FAIL));
        }
    }

    /** Before, a {@code PUT /list} count preceded every page: 10, 16 and 124 reads; the goal was 70 at most for 10,000. */
    @ParameterizedTest(name = "{0} SKUs: at most {1} reads and {2} documents")
    @CsvSource({"10, 5, 1", "1000, 8, 5", "10000, 62, 50"})
    void aCountBySkuReadsEachQueryOnceWithoutCountingFirst(int size, int readBudget, int documents) {
        try (OrderTimeSandbox sandbox = OrderTimeSandbox.start(0)) {
            List<CountLine> lines = new ArrayList<>();
            for (String sku : sandbox.seedItems(size)) {
                lines.add(CountLine.of(lines.size() + 1, new Sku(sku), Quantity.of(5)));
            }

            ApplyReport report = apply(sandbox, lines);

            assertThat(report.complete()).isTrue();
            assertThat(report.documents()).hasSize(documents)
                    .allSatisfy(d -> assertThat(d.state()).isEqualTo(DocumentState.APPLIED));
            assertThat(sandbox.requestCount("POST", "/adjustment")).isEqualTo(documents);
            assertThat(sandbox.requestCount("PUT", "/list")).as("no count asked").isZero();
            assertThat(sandbox.requestCount("POST", "/list")).as("reads").isLessThanOrEqualTo(readBudget);
            assertThat(sandbox.requestCount()).isEqualTo(documents + sandbox.requestCount("POST", "/list"));
        }
    }
}
