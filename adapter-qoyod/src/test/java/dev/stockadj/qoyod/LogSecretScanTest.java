package dev.stockadj.qoyod;

import dev.stockadj.plumbing.testing.EchoingVendor;
import dev.stockadj.plumbing.testing.LogCapture;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.testing.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every log event the Qoyod adapter emits at TRACE and above, while it meets answers that echo the credential it
 * sent (successes and failures, bodies included), scanned for the credential: the request lines and the bodies at
 * DEBUG carry none of it.
 */
class LogSecretScanTest {
    private static final String KEY = "qoyod-log-key-8128";
    private static final String TOKEN = "qoyod-log-token-9139";
    private static final List<Integer> STATUSES = List.of(200, 401, 422, 429, 500);

    private final EchoingVendor vendor = new EchoingVendor(List.of("API-KEY", "Authorization"),
            status -> status == 200
                    ? "{\"products\": [{\"id\": 88, \"sku\": \"WID-A\", \"name_en\": \"{echo}\", \"type\": \"Product\","
                    + " \"track_quantity\": true, \"inventories\": [{\"id\": 12, \"stock\": \"40\"}]}]}"
                    : "{\"errors\": {\"key {echo}\": [\"{echo} is revoked\"]}, \"message\": \"{echo}\"}",
            Map.of("Retry-After", "0"));

    @AfterEach
    void stop() throws IOException {
        vendor.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"api key", "access token"})
    void noLogEventShowsTheCredentialNorAQuery(String kind) {
        QoyodCredential credential = kind.equals("api key") ? QoyodCredential.apiKey(new Secret(KEY))
                : QoyodCredential.accessToken(new Secret(TOKEN));
        List<ILoggingEvent> events;
        try (LogCapture log = new LogCapture("dev.stockadj.qoyod");
             QoyodAdapter adapter = QoyodAdapter.create(QoyodSettings.defaults(vendor.uri("/2.0"), credential),
                     new ManualClock())) {
            List<Supplier<Object>> operations = List.of(
                    () -> adapter.resolve(Set.of(new Sku("WID-A"))),
                    () -> adapter.read(new LocationId("12"), Set.of(new ItemId("88"))),
                    () -> adapter.post(Documents.vendorExample()));
            for (int answer : STATUSES) {
                vendor.answer(answer);
                operations.forEach(operation -> catchThrowable(operation::get));
            }
            events = log.events();
        }

        assertThat(vendor.requestCount()).as("requests sent").isGreaterThanOrEqualTo(STATUSES.size() * 2);
        assertThat(events).as("every event").isNotEmpty()
                .allSatisfy(e -> assertThat(LogCapture.everythingShown(e)).doesNotContain(KEY, TOKEN));
        List<String> requestLines = events.stream().filter(e -> e.getLoggerName().equals("dev.stockadj.qoyod.http")
                && e.getLevel() == Level.INFO).map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(requestLines).as("one line per request").hasSize(vendor.requestCount())
                .allSatisfy(line -> assertThat(line).matches("(GET|POST) /2\\.0/[a-z_/0-9]+ -> HTTP \\d{3} in \\d+ ms \\(attempt [1-4]\\)"));
        assertThat(events).as("the bodies at DEBUG, the echoed credential masked")
                .anySatisfy(e -> {
                    assertThat(e.getLevel()).isEqualTo(Level.DEBUG);
                    assertThat(e.getFormattedMessage()).contains("answered").contains("****");
                })
                .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("POST /2.0/inventory_adjustments")
                        .contains("sends").contains("\"inventory_id\""));
    }
}
