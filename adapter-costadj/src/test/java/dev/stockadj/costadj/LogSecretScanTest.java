package dev.stockadj.costadj;

import dev.stockadj.plumbing.testing.EchoingVendor;
import dev.stockadj.plumbing.testing.LogCapture;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.UserId;
import dev.stockadj.core.testing.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every log event the Foodics adapter emits at TRACE and above, while it meets answers that echo the bearer
 * header it sent (successes, 429s with Retry-After, failures; bodies included), scanned for the token: the
 * request lines, the bodies at DEBUG and the waits carry none of it.
 */
class LogSecretScanTest {
    private static final String TOKEN = "foodics-log-token-7170";
    private static final List<Integer> STATUSES = List.of(200, 401, 422, 429, 500);

    private final EchoingVendor vendor = new EchoingVendor(List.of("Authorization"),
            status -> status == 200
                    ? "{\"data\": [{\"id\": \"i-1\", \"sku\": \"FLOUR-25KG\", \"name\": \"{echo}\"}], \"links\": {},"
                    + " \"meta\": {}}"
                    : "{\"message\": \"{echo}\", \"errors\": {\"{echo}\": [\"{echo} may not write\"]}}",
            Map.of("Retry-After", "2"));

    @AfterEach
    void stop() throws IOException {
        vendor.close();
    }

    @Test
    void noLogEventShowsTheTokenNorAQuery() {
        ManualClock clock = new ManualClock();
        List<ILoggingEvent> events;
        List<ILoggingEvent> waits;
        try (LogCapture log = new LogCapture("dev.stockadj.costadj");
             LogCapture shared = new LogCapture("dev.stockadj.plumbing");
             FoodicsAdapter adapter = FoodicsAdapter.create(FoodicsSettings.defaults(vendor.uri("/v5"),
                     new Secret(TOKEN)).withCreatorId(new UserId("u-1")), clock)) {
            List<Supplier<Object>> operations = List.of(
                    () -> adapter.resolve(Set.of(new Sku("FLOUR-25KG"))),
                    () -> adapter.read(new LocationId("b-1"), Set.of(new ItemId("i-flour-25kg"))),
                    () -> adapter.create(FoodicsRequestsTest.draft(CostAdjustmentStatus.CLOSED)),
                    () -> adapter.get(new CostAdjustmentId("ca-1")),
                    () -> adapter.list(CostAdjustmentFilter.none()));
            for (int answer : STATUSES) {
                vendor.answer(answer);
                operations.forEach(operation -> catchThrowable(operation::get));
            }
            events = log.events();
            waits = shared.events();
        }

        assertThat(events).as("every event").isNotEmpty()
                .allSatisfy(e -> assertThat(LogCapture.everythingShown(e)).doesNotContain(TOKEN));
        assertThat(waits).as("every wait the shared exchange and limiter logged").isNotEmpty()
                .allSatisfy(e -> assertThat(LogCapture.everythingShown(e)).doesNotContain(TOKEN));
        List<String> requestLines = events.stream().filter(e -> e.getLoggerName().equals("dev.stockadj.costadj.http")
                && e.getLevel() == Level.INFO).map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(requestLines).as("one line per request").hasSize(vendor.requestCount())
                .allSatisfy(line -> assertThat(line).matches("(GET|POST|PUT) /v5/[a-z_/0-9-]+ -> HTTP \\d{3} in \\d+ ms \\(attempt \\d\\)"))
                .anySatisfy(line -> assertThat(line).endsWith("(attempt 4)"));
        assertThat(events).as("the bodies at DEBUG, the echoed token masked")
                .anySatisfy(e -> {
                    assertThat(e.getLevel()).isEqualTo(Level.DEBUG);
                    assertThat(e.getFormattedMessage()).contains("answered").contains("Bearer ****");
                })
                .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("sends {"));
        assertThat(waits).as("a 429's Retry-After wait (2 s and the margin), at INFO").anySatisfy(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.INFO);
            assertThat(e.getFormattedMessage()).contains("answered 429").containsPattern("waiting 2\\d{3} ms");
        });
        assertThat(clock.slept()).as("those waits were waited").isPositive();
    }
}
