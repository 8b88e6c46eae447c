package dev.stockadj.example;

import dev.stockadj.journal.testing.CountingDataSource;
import dev.stockadj.aolib.sandbox.OrderTimeSandbox;
import dev.stockadj.aolib.sandbox.OrderTimeSeed;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.cost.CostLine;
import dev.stockadj.core.model.count.CountLine;
import dev.stockadj.core.model.CountReference;
import dev.stockadj.core.model.journal.DocumentState;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.port.in.ApplyReport;
import dev.stockadj.core.port.in.ApplyResult;
import dev.stockadj.core.port.in.CostCorrectionCommand;
import dev.stockadj.core.port.in.CostCorrectionReport;
import dev.stockadj.core.port.in.DocumentOutcome;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link PlainJavaWiring} against each vendor's sandbox, on a caller's OkHttp client, clock and SQLite data
 * source — with neither Guice nor picocli on the class path.
 */
class PlainJavaWiringTest {
    @TempDir
    Path folder;

    private final AtomicInteger requests = new AtomicInteger();
    private CountingDataSource database;
    private final Interceptor counting = chain -> {
        requests.incrementAndGet();
        return chain.proceed(chain.request());
    };
    private final OkHttpClient http = new OkHttpClient.Builder().addInterceptor(counting).build();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);
    private PlainJavaWiring wiring;

    @BeforeEach
    void wire() {
        database = new CountingDataSource(folder.resolve("app.db"));
        wiring = new PlainJavaWiring(http, clock, database);
    }

    @AfterEach
    void releaseTheCallersClient() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Test
    void neitherGuiceNorPicocliNorTheCliIsOnTheClassPath() {
        for (String name : List.of("com.google.inject.Guice", "picocli.CommandLine", "dev.stockadj.app.Main")) {
            assertThatThrownBy(() -> Class.forName(name)).as(name).isInstanceOf(ClassNotFoundException.class);
        }
    }

    /** The root README shows this class as the file has it, without its package line and javadoc. */
    @Test
    void theReadmeShowsTheExampleAsTheFileHasIt() throws IOException {
        Path module = Path.of("").toAbsolutePath();
        String source = Files.readString(module.resolve("src/main/java/dev/stockadj/example/PlainJavaWiring.java"));
        String readme = Files.readString(module.resolveSibling("README.md"));

        String shown = source.replaceFirst("package [^;]+;\\n\\n", "")
                .replaceAll("(?s)[ ]*/\\*\\*.*?\\*/\\n", "");

        assertThat(shown).contains("VendorPorts.costs(foodics)").doesNotContain("/**", "package ");
        assertThat(readme).contains("```java\n" + shown + "```");
    }

    @Test
    void qoyodAppliesACountOnceThroughTheCallersClientAndDatabase() {
        try (QoyodSandbox sandbox = QoyodSandbox.start(0)) {
            StockCount count = new StockCount(new CountReference("2026-11-weekly-main"), new LocationId("12"),
                    LocalDate.of(2026, 11, 22), "weekly count", Currency.getInstance("SAR"),
                    List.of(CountLine.of(1, new Sku("WID-A"), Quantity.of("50")),
                            CountLine.of(2, new Sku("WID-B"), Quantity.of("120"))));
            Accounts accounts = new Accounts(new AccountId("301"), new AccountId("502"));

            ApplyResult first = wiring.applyQoyodCount(sandbox.baseUrl(), sandbox.apiKey(), count, accounts);
            ApplyResult again = wiring.applyQoyodCount(sandbox.baseUrl(), sandbox.apiKey(), count, accounts);

            assertApplied(first);
            assertThat(again).isInstanceOfSatisfying(ApplyReport.class, r -> assertThat(r.alreadyApplied()).isTrue());
            assertThat(sandbox.stock(QoyodSandbox.WIDGET_A, QoyodSandbox.MAIN_WAREHOUSE)).contains(new BigDecimal("50"));
            assertThat(sandbox.adjustmentIds()).hasSize(1);
            assertCallersPlumbingCarriedIt(sandbox.requests().size());
        }
    }

    @Test
    void orderTimeAppliesACountOnceThroughTheCallersClientAndDatabase() {
        try (OrderTimeSandbox sandbox = OrderTimeSandbox.start(0)) {
            StockCount count = new StockCount(new CountReference("2026-11-hq"), new LocationId(String.valueOf(OrderTimeSeed.HQ)),
                    LocalDate.of(2026, 11, 22), "weekly count", Currency.getInstance("USD"),
                    List.of(CountLine.of(1, new Sku(OrderTimeSeed.WIDGET_SKU), Quantity.of("37"))));
            Accounts accounts = new Accounts(new AccountId(String.valueOf(OrderTimeSeed.GAIN_ACCOUNT)),
                    new AccountId(String.valueOf(OrderTimeSeed.LOSS_ACCOUNT)));

            ApplyResult first = wiring.applyOrderTimeCount(sandbox.baseUrl(), sandbox.apiKey(), sandbox.email(),
                    sandbox.password(), count, accounts);
            ApplyResult again = wiring.applyOrderTimeCount(sandbox.baseUrl(), sandbox.apiKey(), sandbox.email(),
                    sandbox.password(), count, accounts);

            assertApplied(first);
            assertThat(again).isInstanceOfSatisfying(ApplyReport.class, r -> assertThat(r.alreadyApplied()).isTrue());
            assertThat(sandbox.onHand(OrderTimeSeed.WIDGET, OrderTimeSeed.HQ)).isEqualByComparingTo("37");
            assertThat(sandbox.adjustmentCount()).isEqualTo(1);
            assertCallersPlumbingCarriedIt(sandbox.requestCount());
        }
    }

    @Test
    void foodicsCorrectsACostOnceThroughTheCallersClient() {
        try (FoodicsSandbox sandbox = FoodicsSandbox.start(0)) {
            CostCorrectionCommand correction = new CostCorrectionCommand(new LocationId(FoodicsSandbox.BRANCH_RIYADH),
                    LocalDate.of(2026, 11, 22), "supplier price list", false, Currency.getInstance("SAR"),
                    List.of(new CostLine(1, new ItemId(FoodicsSandbox.ITEM_FLOUR), UnitCost.of("44.00"))));

            var first = wiring.correctFoodicsCosts(sandbox.baseUrl(), sandbox.token(), correction);
            var again = wiring.correctFoodicsCosts(sandbox.baseUrl(), sandbox.token(), correction);

            assertThat(first).isInstanceOfSatisfying(CostCorrectionReport.class, r -> assertThat(r.alreadyApplied()).isFalse());
            assertThat(again).isInstanceOfSatisfying(CostCorrectionReport.class, r -> assertThat(r.alreadyApplied()).isTrue());
            assertThat(sandbox.costAt(FoodicsSandbox.BRANCH_RIYADH, FoodicsSandbox.ITEM_FLOUR)).isEqualByComparingTo("44.00");
            assertThat(sandbox.adjustmentCount()).isEqualTo(1);
            assertThat(requests.get()).as("every request passed the caller's interceptor")
                    .isEqualTo(sandbox.requestCount()).isPositive();
            assertThat(http.dispatcher().executorService().isShutdown()).as("the caller's client outlives the adapters")
                    .isFalse();
        }
    }

    private static void assertApplied(ApplyResult result) {
        assertThat(result).isInstanceOfSatisfying(ApplyReport.class, report -> {
            assertThat(report.complete()).isTrue();
            assertThat(report.documents()).extracting(DocumentOutcome::state).containsOnly(DocumentState.APPLIED);
        });
    }

    private void assertCallersPlumbingCarriedIt(int vendorRequests) {
        assertThat(requests.get()).as("every request passed the caller's interceptor").isEqualTo(vendorRequests).isPositive();
        assertThat(database.connections()).as("the journal used the caller's data source").isPositive();
        assertThat(http.dispatcher().executorService().isShutdown()).as("the caller's client outlives the adapters").isFalse();
    }
}
