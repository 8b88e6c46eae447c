package dev.stockadj.qoyod;

import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.journal.JournalEntry;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.in.Drift;
import dev.stockadj.core.port.in.PositionCheck;
import dev.stockadj.core.port.in.RevertCommand;
import dev.stockadj.core.port.in.RevertConflicted;
import dev.stockadj.core.port.in.RevertReport;
import dev.stockadj.core.port.in.RevertResult;
import dev.stockadj.core.port.in.VerifyReport;
import dev.stockadj.core.port.out.FindPostedDocumentPort;
import dev.stockadj.core.port.out.ReadSnapshotPort;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.service.ApplyCountService;
import dev.stockadj.core.service.RevertCountService;
import dev.stockadj.core.service.VerifyCountService;
import dev.stockadj.core.testing.InMemoryJournal;
import dev.stockadj.core.testing.ManualClock;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import dev.stockadj.qoyod.sandbox.SandboxFailure;
import dev.stockadj.qoyod.sandbox.SandboxProduct;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 against the Qoyod sandbox over HTTP: a count applied, verified by reading the products' stock back (as the
 * seed document says to), drift from another adjustment named, and the count reverted by a counter-adjustment that
 * sets each product back to the book the frozen plan recorded — never twice, even when its answer is lost.
 */
class CloseTheLoopTest {
    private static final LocationId MAIN = new LocationId(Long.toString(QoyodSandbox.MAIN_WAREHOUSE));

    private QoyodSandbox sandbox;
    private QoyodAdapter adapter;
    private final InMemoryJournal journal = new InMemoryJournal();
    private final ManualClock clock = new ManualClock();

    @BeforeEach
    void start() {
        sandbox = QoyodSandbox.start(0, 100_000);
        adapter = QoyodAdapter.create(QoyodSettings.defaults(sandbox.baseUrl(), sandbox.apiKey())
                .withRequestsPerMinute(100_000));
    }

    @AfterEach
    void stop() {
        adapter.close();
        sandbox.close();
    }

    private ApplyReport apply(String reference, List<CountLine> lines) {
        StockCount count = new StockCount(new CountReference(reference), MAIN, LocalDate.of(2026, 11, 26), "",
                Currency.getInstance("SAR"), lines);
        return (ApplyReport) new ApplyCountService(VendorPorts.quantities(adapter), journal, clock)
                .apply(new CountCommand(count, Optional.of(Documents.ACCOUNTS), ConflictPolicy.FAIL));
    }

    private ApplyReport applyExample() {
        return apply("weekly", List.of(CountLine.of(1, new Sku("WID-A"), Quantity.of(50)),
                CountLine.of(2, new Sku("WID-B"), Quantity.of(120)),
                CountLine.of(3, new Sku("WID-C"), Quantity.of("7.5"))));
    }

    private VerifyReport verify(String reference) {
        return (VerifyReport) new VerifyCountService(VendorPorts.quantities(adapter), journal, journal)
                .verify(new CountReference(reference));
    }

    private RevertResult revert(String reference, ConflictPolicy policy) {
        return new RevertCountService(VendorPorts.quantities(adapter), journal, journal, clock,
                Duration.ofMinutes(5)).revert(new RevertCommand(new CountReference(reference), policy, false));
    }

    private BigDecimal stock(long product) {
        return sandbox.stock(product, QoyodSandbox.MAIN_WAREHOUSE).orElseThrow();
    }

    @Test
    void anAppliedCountVerifiesAndAnotherAdjustmentIsDriftNamingTheProduct() {
        assertThat(applyExample().complete()).isTrue();

        VerifyReport clean = verify("weekly");
        adapter.post(Documents.document("12", Documents.line("91", "120", "117", "4.00")));   // a later adjustment
        VerifyReport drifted = verify("weekly");

        assertThat(clean.matches()).isTrue();
        assertThat(clean.positions()).extracting(p -> p.position().item().value(), p -> p.found().plain())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("88", "50"),
                        org.assertj.core.groups.Tuple.tuple("91", "120"),
                        org.assertj.core.groups.Tuple.tuple("93", "7.5"));
        PositionCheck moved = drifted.positions().get(1);
        assertThat(moved.position()).isEqualTo(Position.of(new ItemId("91")));
        assertThat(moved.drift()).isEqualTo(Drift.MOVED_SINCE);
        assertThat(moved.difference()).isEqualTo(Quantity.of(-3));
        assertThat(drifted.count(Drift.MOVED_SINCE)).isEqualTo(1);
    }

    @Test
    void revertSetsEveryProductBackToTheFrozenBookAndVerifyAgainstThatBookPasses() {
        applyExample();

        RevertReport report = (RevertReport) revert("weekly", ConflictPolicy.FAIL);

        assertThat(report.complete()).isTrue();
        assertThat(stock(QoyodSandbox.WIDGET_A)).isEqualByComparingTo("40");
        assertThat(stock(QoyodSandbox.WIDGET_B)).isEqualByComparingTo("130");
        assertThat(stock(QoyodSandbox.WIDGET_C)).as("matched, never sent, left alone").isEqualByComparingTo("7.5");
        assertThat(sandbox.adjustmentDescriptions().get(1)).contains(report.steps().get(0).step().key().value(),
                "count weekly", "revert");
        assertThat(journal.entries(new CountReference("weekly"))).extracting(JournalEntry::state)
                .containsOnly(DocumentState.REVERTED);
        VerifyReport after = verify("weekly");
        assertThat(after.matches()).isTrue();
        assertThat(after.revertedAt()).isPresent();
    }

    @Test
    void aProductThatMovedSinceIsAConflictAndKeepCountedSetsItBackAllTheSame() {
        applyExample();
        adapter.post(Documents.document("12", Documents.line("91", "120", "117", "4.00")));
        int adjustments = sandbox.adjustmentIds().size();

        RevertResult refused = revert("weekly", ConflictPolicy.FAIL);
        int afterRefusal = sandbox.adjustmentIds().size();
        RevertReport kept = (RevertReport) revert("weekly", ConflictPolicy.KEEP_COUNTED);

        assertThat(refused).isInstanceOfSatisfying(RevertConflicted.class, c ->
                assertThat(c.conflicts()).singleElement().satisfies(conflict ->
                        assertThat(conflict.position().item().value()).isEqualTo("91")));
        assertThat(afterRefusal).as("nothing sent under fail").isEqualTo(adjustments);
        assertThat(kept.complete()).isTrue();
        assertThat(stock(QoyodSandbox.WIDGET_B)).isEqualByComparingTo("130");
    }

    @Test
    void aCounterAdjustmentWhoseAnswerWasLostIsFoundByStockAndNeverSentTwice() {
        applyExample();
        VendorPorts dropsTheNextPost = new VendorPorts(adapter.capabilities(), adapter.destination(), adapter,
                (location, items) -> {
                    var books = adapter.read(location, items);
                    sandbox.failNext(SandboxFailure.STORE_THEN_DROP); // the counter-adjustment is stored, its answer lost
                    return books;
                }, adapter, ReadSnapshotPort.none(),
                Optional.of(new VendorPorts.Posting(adapter, FindPostedDocumentPort.unsupported())), Optional.empty());

        RevertReport lost = (RevertReport) new RevertCountService(dropsTheNextPost, journal, journal,
                clock, Duration.ofMinutes(5)).revert(new RevertCommand(new CountReference("weekly"),
                ConflictPolicy.FAIL, false));
        int stored = sandbox.adjustmentIds().size();
        RevertReport again = (RevertReport) revert("weekly", ConflictPolicy.FAIL);

        assertThat(lost.count(DocumentState.UNCERTAIN)).isEqualTo(1);
        assertThat(again.complete()).isTrue();
        assertThat(again.steps().get(0).entry().note()).contains("target");
        assertThat(sandbox.adjustmentIds()).as("no second counter-adjustment").hasSize(stored);
        assertThat(stock(QoyodSandbox.WIDGET_A)).isEqualByComparingTo("40");
    }

    /** Verify reads the products page by page: its requests grow with pages of the catalogue, not with positions. */
    @ParameterizedTest(name = "{0} positions: at most {1} requests")
    @CsvSource({"10, 2", "1000, 12"})
    void verifyReadsPagesNotPositions(int positions, int budget) {
        List<SandboxProduct> products = sandbox.seedProducts(positions);
        List<CountLine> lines = new ArrayList<>();
        for (SandboxProduct product : products) {
            lines.add(CountLine.of(lines.size() + 1, new ItemId(Long.toString(product.id())), Quantity.of(1000)));
        }
        assertThat(apply("big-" + positions, lines).complete()).isTrue();
        sandbox.clearRequests();

        VerifyReport report = verify("big-" + positions);

        assertThat(report.positions()).hasSize(positions);
        assertThat(report.matches()).isTrue();
        assertThat(sandbox.requestCount()).as(String.join("\n", sandbox.requests())).isLessThanOrEqualTo(budget);
    }
}
