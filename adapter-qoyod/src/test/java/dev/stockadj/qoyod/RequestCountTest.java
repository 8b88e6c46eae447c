package dev.stockadj.qoyod;

import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.PlanResult;
import dev.stockadj.core.port.in.Planned;
import dev.stockadj.core.port.out.ItemResolution;
import dev.stockadj.core.port.out.PositionCount;
import dev.stockadj.core.service.PlanCountService;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import dev.stockadj.qoyod.sandbox.SandboxProduct;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many requests SKU resolution, product verification and stock reading take for counts of 1, 100 and
 * 10,000 lines against a catalogue of 10,006 products (the demo six plus 10,000 generated): they grow with
 * pages of products (101 pages of 100), never with lines. The 100 lines are spread over the whole catalogue
 * (every 100th product), the worst case for a pass that stops once everything is found. Planning a whole
 * count takes one pass each, plus the inventories and the accounts.
 */
class RequestCountTest {
    private static final int GENERATED = 10_000;
    private static final int PAGES = (GENERATED + 6 + ProductCatalog.PAGE_SIZE - 1) / ProductCatalog.PAGE_SIZE;
    private static QoyodSandbox sandbox;
    private static QoyodAdapter adapter;
    private static List<SandboxProduct> products;

    @BeforeAll
    static void start() {
        sandbox = QoyodSandbox.start(0, 100_000);
        products = sandbox.seedProducts(GENERATED);
        adapter = QoyodAdapter.create(QoyodSettings.defaults(sandbox.baseUrl(), sandbox.apiKey())
                .withRequestsPerMinute(100_000));
    }

    @AfterAll
    static void stop() {
        adapter.close();
        sandbox.close();
    }

    @BeforeEach
    void forgetRequests() {
        sandbox.clearRequests();
    }

    /** {@code lines} products spread evenly over the generated ones, the last always included. */
    private static List<SandboxProduct> counted(int lines) {
        int step = GENERATED / lines;
        return IntStream.rangeClosed(1, lines).mapToObj(n -> products.get(n * step - 1)).toList();
    }

    @ParameterizedTest(name = "{0} lines resolve in {1} requests")
    @CsvSource({"1, 1", "100, " + PAGES, "10000, " + PAGES})
    void resolvingSkusTakesRequestsPerPageNotPerLine(int lines, int requests) {
        Set<Sku> skus = counted(lines).stream().map(p -> new Sku(p.sku())).collect(Collectors.toSet());

        ItemResolution resolution = adapter.resolve(skus);

        assertThat(resolution.unknown()).isEmpty();
        assertThat(resolution.found()).hasSize(lines);
        assertThat(resolution.found().get(new Sku(counted(lines).get(0).sku())))
                .isEqualTo(new ItemId(Long.toString(counted(lines).get(0).id())));
        assertThat(sandbox.requestCount()).isEqualTo(requests);
    }

    @ParameterizedTest(name = "{0} lines read in {1} requests")
    @CsvSource({"1, 1", "100, " + PAGES, "10000, " + PAGES})
    void readingStockTakesRequestsPerPageNotPerLine(int lines, int requests) {
        List<SandboxProduct> items = counted(lines);
        Set<ItemId> ids = items.stream().map(p -> new ItemId(Long.toString(p.id()))).collect(Collectors.toSet());

        BookQuantities book = adapter.read(new LocationId("12"), ids);

        SandboxProduct last = items.get(items.size() - 1);
        assertThat(book.of(Position.of(new ItemId(Long.toString(last.id())))))
                .isEqualTo(new Quantity(sandbox.stock(last.id(), QoyodSandbox.MAIN_WAREHOUSE).orElseThrow()));
        assertThat(book.quantities()).hasSize(lines);
        assertThat(sandbox.requestCount()).isEqualTo(requests);
    }

    @ParameterizedTest(name = "{0} lines verified in {1} requests")
    @CsvSource({"1, 1", "100, " + PAGES, "10000, " + PAGES})
    void verifyingProductsTakesRequestsPerPageNotPerLine(int lines, int requests) {
        List<PositionCount> positions = new ArrayList<>();
        List<SandboxProduct> items = counted(lines);
        for (int n = 0; n < items.size(); n++) {
            positions.add(new PositionCount(Position.of(new ItemId(Long.toString(items.get(n).id()))), List.of(n + 1),
                    Quantity.of(1)));
        }

        List<Problem> problems = adapter.verifyPositions(new LocationId("12"), positions);

        assertThat(problems).isEmpty();
        assertThat(sandbox.requestCount()).isEqualTo(requests);
    }

    /**
     * A count by SKU, planned as the core plans it: SKUs resolved, inventory and accounts checked, products
     * verified, stock read — in one read snapshot, so the products SKU resolution read serve verification and
     * stock too: one {@code q[sku_eq]} for a single line, one pass over the pages for many, plus the inventories
     * and the accounts. (Before the snapshot, verification and stock each took a pass of their own: 5, then
     * {@code 3 * PAGES + 2}.)
     */
    @ParameterizedTest(name = "a count of {0} lines is planned in {1} requests")
    @CsvSource({"1, 3", "100, " + (PAGES + 2), "10000, " + (PAGES + 2)})
    void planningACountTakesOnePassPerStepNotARequestPerLine(int lines, int requests) {
        List<SandboxProduct> items = counted(lines);
        List<CountLine> countLines = new ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            countLines.add(CountLine.of(n + 1, new Sku(items.get(n).sku()), Quantity.of(1)));
        }
        StockCount count = new StockCount(new CountReference("requests-" + lines), new LocationId("12"),
                LocalDate.of(2026, 5, 18), "", Currency.getInstance("SAR"), countLines);

        PlanResult result = new PlanCountService(VendorPorts.quantities(adapter))
                .plan(new CountCommand(count, Optional.of(Documents.ACCOUNTS), ConflictPolicy.FAIL));

        assertThat(result).isInstanceOf(Planned.class);
        assertThat(sandbox.requestCount()).isEqualTo(requests);
    }

    @ParameterizedTest(name = "{0} unknown SKUs among 100 are all reported after one pass")
    @CsvSource({"3"})
    void unknownSkusAreReportedTogetherAfterOnePass(int unknown) {
        Set<Sku> skus = counted(100).stream().map(p -> new Sku(p.sku())).collect(Collectors.toSet());
        IntStream.rangeClosed(1, unknown).forEach(n -> skus.add(new Sku("MISSING-" + n)));

        ItemResolution resolution = adapter.resolve(skus);

        assertThat(resolution.unknown()).containsExactlyInAnyOrder(new Sku("MISSING-1"), new Sku("MISSING-2"),
                new Sku("MISSING-3"));
        assertThat(sandbox.requestCount()).isEqualTo(PAGES);
    }
}
