package dev.stockadj.example;

import dev.stockadj.aolib.OrderTimeAdapter;
import dev.stockadj.aolib.OrderTimeSettings;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.ConflictPolicy;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.count.StockCount;
import dev.stockadj.core.port.in.ApplyCountUseCase;
import dev.stockadj.core.port.in.ApplyResult;
import dev.stockadj.core.port.in.CorrectCostsUseCase;
import dev.stockadj.core.port.in.CostCorrectionCommand;
import dev.stockadj.core.port.in.CostCorrectionResult;
import dev.stockadj.core.port.in.CountCommand;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.JournalPort;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.service.ApplyCountService;
import dev.stockadj.core.service.CorrectCostsService;
import dev.stockadj.costadj.FoodicsAdapter;
import dev.stockadj.costadj.FoodicsSettings;
import dev.stockadj.journal.JdbcJournal;
import dev.stockadj.qoyod.QoyodAdapter;
import dev.stockadj.qoyod.QoyodSettings;
import okhttp3.OkHttpClient;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * stockadj wired by hand in an application that already has an {@link OkHttpClient}, a {@link Clock} and a
 * {@link DataSource}: no Guice, no picocli, no command line. Each adapter builds on the application's client
 * (sharing its dispatcher, pool, proxy, TLS, interceptors and listeners; retries, redirects and timeouts stay
 * the adapter's) and closing it leaves that client running; the journal lives in the application's database.
 */
public final class PlainJavaWiring {
    private final OkHttpClient http;
    private final Clock clock;
    private final JournalPort journal;

    /** The application's client, clock and database; the journal's tables are created there on first use. */
    public PlainJavaWiring(OkHttpClient http, Clock clock, DataSource database) {
        this.http = http;
        this.clock = clock;
        this.journal = JdbcJournal.of(database, "the application's database");
    }

    /** Qoyod: an absolute stock count, gains and losses on their accounts, applied exactly once. */
    public ApplyResult applyQoyodCount(URI baseUrl, Secret apiKey, StockCount count, Accounts accounts) {
        QoyodSettings settings = QoyodSettings.defaults(baseUrl, apiKey).withHttpClient(http).withClock(clock);
        try (QoyodAdapter qoyod = QoyodAdapter.create(settings)) {
            ApplyCountUseCase counts = new ApplyCountService(VendorPorts.quantities(qoyod), journal, clockPort());
            return counts.apply(new CountCommand(count, Optional.of(accounts), ConflictPolicy.FAIL));
        }
    }

    /** Order Time: the same count as signed deltas (with bins, lots and serials), exactly once. */
    public ApplyResult applyOrderTimeCount(URI baseUrl, Secret apiKey, String email, Secret password, StockCount count,
                                           Accounts accounts) {
        OrderTimeSettings settings = OrderTimeSettings.defaults(baseUrl, apiKey, email, Optional.of(password),
                Optional.empty()).withHttpClient(http).withClock(clock);
        try (OrderTimeAdapter orderTime = OrderTimeAdapter.create(settings)) {
            ApplyCountUseCase counts = new ApplyCountService(VendorPorts.quantities(orderTime), journal, clockPort());
            return counts.apply(new CountCommand(count, Optional.of(accounts), ConflictPolicy.FAIL));
        }
    }

    /** Foodics: a cost correction (Foodics takes no counts), found again by its key rather than sent twice. */
    public CostCorrectionResult correctFoodicsCosts(URI baseUrl, Secret token, CostCorrectionCommand correction) {
        FoodicsSettings settings = FoodicsSettings.defaults(baseUrl, token).withHttpClient(http).withClock(clock);
        try (FoodicsAdapter foodics = FoodicsAdapter.create(settings)) {
            CorrectCostsUseCase costs = new CorrectCostsService(VendorPorts.costs(foodics));
            return costs.correct(correction);
        }
    }

    /** The use cases read the time from the application's clock, and wait for a vendor's Retry-After in real time. */
    private ClockPort clockPort() {
        ClockPort sleeper = ClockPort.system();
        return new ClockPort() {
            @Override
            public Instant now() {
                return clock.instant();
            }

            @Override
            public void sleep(Duration duration) {
                sleeper.sleep(duration);
            }
        };
    }
}
