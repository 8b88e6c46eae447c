package dev.stockadj.aolib;

import dev.stockadj.plumbing.testing.EchoingVendor;
import dev.stockadj.plumbing.testing.LogCapture;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.stockadj.aolib.sandbox.OrderTimeSeed;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.testing.ManualClock;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.VendorDocumentId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every log event the Order Time adapter emits at TRACE and above, while it meets answers that echo the
 * credentials it sent (successes and failures, bodies included), scanned for them: the request lines and the
 * bodies at DEBUG carry none.
 */
class LogSecretScanTest {
    private static final String API_KEY = "ot-log-key-3310";
    private static final String PASSWORD = "ot-log-pw-4420";
    private static final String DEV_KEY = "ot-log-dev-5530";
    private static final List<Integer> STATUSES = List.of(200, 400, 401, 429, 500);

    private final EchoingVendor vendor = new EchoingVendor(List.of("apiKey", "password", "DevKey"),
            status -> status == 200 ? "{\"DocNo\": 7, \"Memo\": \"{echo}\"}"
                    : "[{\"Message\": \"{echo} is not valid\", \"ProperyName\": \"{echo}\"}]");

    @AfterEach
    void stop() throws IOException {
        vendor.close();
    }

    @Test
    void noLogEventShowsACredentialNorAQuery() {
        List<ILoggingEvent> events;
        try (LogCapture log = new LogCapture("dev.stockadj.aolib")) {
            for (boolean devKey : List.of(false, true)) {
                OrderTimeSettings settings = devKey
                        ? OrderTimeSettings.defaults(vendor.uri("/api"), new Secret(API_KEY), "me@shop.example",
                        Optional.empty(), Optional.of(new Secret(DEV_KEY)))
                        : Fixtures.settings(vendor.uri("/api"), new Secret(API_KEY), "me@shop.example",
                        new Secret(PASSWORD));
                try (OrderTimeAdapter adapter = OrderTimeAdapter.create(settings.withRequestsPerMinute(
                        OrderTimeSettings.MAX_REQUESTS_PER_MINUTE), new ManualClock())) {
                    List<Supplier<Object>> operations = List.of(
                            () -> adapter.resolve(Set.of(new Sku(OrderTimeSeed.WIDGET_SKU))),
                            () -> adapter.read(new VendorDocumentId("7")),
                            () -> adapter.post(Fixtures.document(
                                    Fixtures.line(Position.of(new ItemId("30")), "40", "37"))));
                    for (int answer : STATUSES) {
                        vendor.answer(answer);
                        operations.forEach(operation -> catchThrowable(operation::get));
                    }
                }
            }
            events = log.events();
        }

        assertThat(events).as("every event").isNotEmpty()
                .allSatisfy(e -> assertThat(LogCapture.everythingShown(e)).doesNotContain(API_KEY, PASSWORD, DEV_KEY));
        List<String> requestLines = events.stream().filter(e -> e.getLoggerName().equals("dev.stockadj.aolib.http")
                && e.getLevel() == Level.INFO).map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(requestLines).as("one line per request, no query").hasSize(vendor.requestCount())
                .allSatisfy(line -> assertThat(line).matches("(GET|POST|PUT|DELETE) /api/[a-z]+ -> HTTP \\d{3} in \\d+ ms \\(attempt [1-4]\\)"))
                .anySatisfy(line -> assertThat(line).startsWith("GET /api/adjustment -> HTTP 200"));
        assertThat(events).as("the bodies at DEBUG, the echoed credentials masked")
                .anySatisfy(e -> {
                    assertThat(e.getLevel()).isEqualTo(Level.DEBUG);
                    assertThat(e.getFormattedMessage()).contains("answered").contains("apiKey=****");
                })
                .anySatisfy(e -> assertThat(e.getFormattedMessage()).startsWith("POST /api/adjustment (attempt 1) sends {"));
    }
}
