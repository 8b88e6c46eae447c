package dev.stockadj.qoyod;

import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorRateLimited;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.core.port.out.VendorUnavailable;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import dev.stockadj.core.testing.ManualClock;
import dev.stockadj.plumbing.http.Exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every answer Qoyod is known to give to a post, and what the adapter makes of it. */
class AnswerMappingTest {
    private final MockWebServer server = new MockWebServer();
    private final ManualClock clock = new ManualClock(Instant.now());
    private QoyodAdapter adapter;

    @BeforeEach
    void start() throws IOException {
        server.start();
        adapter = QoyodAdapter.create(settings(), clock);
    }

    private QoyodSettings settings() {
        return QoyodSettings.defaults(server.url("/2.0").uri(), new Secret("k-123"));
    }

    @AfterEach
    void stop() throws IOException {
        adapter.close();
        server.shutdown();
    }

    private void answer(int status, String body) {
        server.enqueue(new MockResponse().setResponseCode(status).setBody(body));
    }

    @Test
    void errorsMapAt200IsARejectionWithEveryMessage() {
        answer(200, "{\"errors\": {\"inventory\": [\"must exist\"], \"line_items\": [\"is invalid\", \"product must exist\"]}}");

        assertThatThrownBy(() -> adapter.post(Documents.vendorExample()))
                .isInstanceOfSatisfying(VendorRejected.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("inventory", "must exist"),
                        new FieldError("line_items", "is invalid"),
                        new FieldError("line_items", "product must exist")));
    }

    @Test
    void errorsListAt422IsARejectionWithEveryMessage() {
        answer(422, "{\"errors\": [\"Inventory is locked\", \"Date is in a closed period\"]}");

        assertThatThrownBy(() -> adapter.post(Documents.vendorExample()))
                .isInstanceOfSatisfying(VendorRejected.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("", "Inventory is locked"), new FieldError("", "Date is in a closed period")));
    }

    @Test
    void errorsListAt200IsARejectionToo() {
        answer(200, "{\"errors\": [\"Line items is invalid\"]}");

        assertThatThrownBy(() -> adapter.post(Documents.vendorExample()))
                .isInstanceOfSatisfying(VendorRejected.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("", "Line items is invalid")));
    }

    @Test
    void aPlainTextFoundNothingOnAListIsEmptyButAnHtml404IsAProtocolError() {
        answer(404, "Sorry, we found nothing.");
        server.enqueue(new MockResponse().setResponseCode(404).setHeader("Content-Type", "text/html")
                .setBody("<html><body>The page you were looking for doesn't exist.</body></html>"));

        assertThatThrownBy(() -> adapter.resolve(Set.of(new Sku("WID-A"))))
                .isInstanceOf(VendorProtocolError.class).hasMessageContaining("HTML");
        assertThat(server.getRequestCount()).as("the SKU look-up found nothing, so the barcode look-up ran").isEqualTo(2);
    }

    @Test
    void errorsMapAt422IsARejectionToo() {
        answer(422, "{\"errors\": {\"date\": \"is invalid\"}}");

        assertThatThrownBy(() -> adapter.post(Documents.vendorExample()))
                .isInstanceOfSatisfying(VendorRejected.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("date", "is invalid")));
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void refusedKeyIsAnAuthFailureSentOnce(int status) {
        answer(status, "{\"message\": \"Unauthorized\"}");

        assertThatThrownBy(() -> adapter.post(Documents.vendorExample()))
                .isInstanceOfSatisfying(VendorAuthFailed.class, e -> assertThat(e.status()).isEqualTo(status));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    /** A 429 is waited out and sent again; one that lasts past the retries is rate limited with its Retry-After. */
    @Test
    void tooManyRequestsIsRateLimitedWithItsRetryAfter() {
        for (int i = 0; i <= Exchange.RATE_LIMIT_RETRIES; i++) {
            server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7").setBody("{}"));
        }

        assertThatThrownBy(() -> adapter.post(Documents.vendorExample()))
                .isInstanceOfSatisfying(VendorRateLimited.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
        assertThat(server.getRequestCount()).isEqualTo(1 + Exchange.RATE_LIMIT_RETRIES);
        assertThat(clock.sleeps()).as("a wait before each retry").hasSize(Exchange.RATE_LIMIT_RETRIES)
                .allSatisfy(wait -> assertThat(wait).isBetween(Duration.ofSeconds(7), Duration.ofSeconds(8)));
    }

    @Test
    void retryAfterAsAnHttpDateIsWaitedUntilThen() {
        String inThirtySeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30));
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", inThirtySeconds));
        answer(200, "{\"inventory_adjustment\": {\"id\": 4471}}");

        adapter.post(Documents.vendorExample());

        assertThat(clock.sleeps()).singleElement().satisfies(
                wait -> assertThat(wait).isBetween(Duration.ofSeconds(28), Duration.ofSeconds(31)));
    }

    @Test
    void tooManyRequestsWithoutRetryAfterHasNoWait() {
        for (int i = 0; i <= Exchange.RATE_LIMIT_RETRIES; i++) {
            answer(429, "");
        }

        assertThatThrownBy(() -> adapter.post(Documents.vendorExample()))
                .isInstanceOfSatisfying(VendorRateLimited.class, e -> assertThat(e.retryAfter()).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void serverErrorMayHaveBeenSent(int status) {
        answer(status, "<html><body>We're sorry, but something went wrong.</body></html>");

        assertThatThrownBy(() -> adapter.post(Documents.vendorExample()))
                .isInstanceOfSatisfying(VendorUnavailable.class, e -> assertThat(e.maybeSent()).isTrue())
                .hasMessageContaining("HTTP " + status);
    }

    @Test
    void readTimeoutAfterTheRequestWasWrittenMayHaveBeenSent() throws InterruptedException {
        server.enqueue(new MockResponse().setBody(AdjustmentRequestTest.SUCCESS).setHeadersDelay(2, TimeUnit.SECONDS));

        try (QoyodAdapter impatient = QoyodAdapter.create(settings().withReadTimeout(Duration.ofMillis(300)))) {
            assertThatThrownBy(() -> impatient.post(Documents.vendorExample()))
                    .isInstanceOfSatisfying(VendorUnavailable.class, e -> assertThat(e.maybeSent()).isTrue())
                    .hasMessageContaining("read timeout");
        }
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getBodySize()).isPositive();
    }

    @Test
    void connectionDroppedAfterTheRequestMayHaveBeenSentAndIsNotResent() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(new MockResponse().setBody(AdjustmentRequestTest.SUCCESS));

        assertThatThrownBy(() -> adapter.post(Documents.vendorExample()))
                .isInstanceOfSatisfying(VendorUnavailable.class, e -> assertThat(e.maybeSent()).isTrue());
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void answerCutOffMidBodyMayHaveBeenSent() {
        server.enqueue(new MockResponse().setBody(AdjustmentRequestTest.SUCCESS)
                .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

        assertThatThrownBy(() -> adapter.post(Documents.vendorExample()))
                .isInstanceOfSatisfying(VendorUnavailable.class, e -> assertThat(e.maybeSent()).isTrue());
    }

    @Test
    void connectionRefusedWasNotSent() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (QoyodAdapter nowhere = QoyodAdapter.create(QoyodSettings.defaults(
                URI.create("http://127.0.0.1:" + closedPort + "/2.0"), new Secret("k-123")))) {
            assertThatThrownBy(() -> nowhere.post(Documents.vendorExample()))
                    .isInstanceOfSatisfying(VendorUnavailable.class, e -> assertThat(e.maybeSent()).isFalse())
                    .hasMessageContaining("nothing was sent");
        }
    }

    @Test
    void htmlWhereJsonWasDueIsAProtocolError() {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/html")
                .setBody("<!DOCTYPE html><html><body>Sign in</body></html>"));

        assertThatThrownBy(() -> adapter.post(Documents.vendorExample()))
                .isInstanceOf(VendorProtocolError.class).hasMessageContaining("HTML");
    }

    @Test
    void plainTextWhereJsonWasDueIsAProtocolError() {
        answer(200, "OK");

        assertThatThrownBy(() -> adapter.post(Documents.vendorExample()))
                .isInstanceOf(VendorProtocolError.class).hasMessageContaining("non-JSON").hasMessageContaining("OK");
    }

    @Test
    void unexpectedJsonIsAProtocolError() {
        answer(200, "{\"status\": \"ok\"}");

        assertThatThrownBy(() -> adapter.post(Documents.vendorExample()))
                .isInstanceOf(VendorProtocolError.class).hasMessageContaining("unexpected JSON");
    }

    @Test
    void anAdjustmentWithoutAnIdIsAProtocolError() {
        answer(200, "{\"inventory_adjustment\": {\"date\": \"2026-05-18\"}}");

        assertThatThrownBy(() -> adapter.post(Documents.vendorExample())).isInstanceOf(VendorProtocolError.class);
    }

    @Test
    void aRedirectIsNotFollowedButReported() {
        server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/elsewhere"));

        assertThatThrownBy(() -> adapter.post(Documents.vendorExample()))
                .isInstanceOf(VendorProtocolError.class).hasMessageContaining("HTTP 302");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
