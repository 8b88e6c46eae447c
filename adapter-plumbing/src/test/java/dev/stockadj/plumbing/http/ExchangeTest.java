package dev.stockadj.plumbing.http;

import dev.stockadj.core.model.Secret;
import dev.stockadj.core.port.out.VendorNotFound;
import dev.stockadj.core.port.out.VendorRateLimited;
import dev.stockadj.core.port.out.VendorUnavailable;
import dev.stockadj.core.testing.ManualClock;
import okhttp3.ResponseBody;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.POST;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The send-once exchange over loopback, on a manual clock: what is sent again, what never is, and what is thrown. */
class ExchangeTest {
    interface Api {
        @GET("items")
        Call<ResponseBody> items();

        @POST("adjustments")
        Call<ResponseBody> post();
    }

    private static final Secret KEY = new Secret("exchange-key-31");
    private final MockWebServer server = new MockWebServer();
    private final ManualClock clock = new ManualClock(Instant.now());
    private VendorClient client;

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() throws IOException {
        if (client != null) {
            client.close();
        }
        server.shutdown();
    }

    private Api api(URI base) {
        client = VendorClient.build(base, Optional.empty(), Duration.ofSeconds(2), Duration.ofMillis(500),
                new OriginCredentials(base, Map.of("API-KEY", KEY)));
        return client.api(Api.class, VendorJson.mapper());
    }

    private Exchange exchange(int readRetries) {
        Redactor redactor = new Redactor(List.of(KEY));
        StatusFailures failures = new StatusFailures("Vendor", redactor, VendorJson.mapper());
        return new Exchange("Vendor", new RateLimiter("Vendor", Optional.of(RateLimit.perMinute(600)), clock), clock,
                redactor, "dev.stockadj.test.http", readRetries, (answer, write, what) -> {
                    if (answer.status() == 404) {
                        throw new VendorNotFound(what + ": no such thing");
                    }
                    if (!answer.successful()) {
                        throw failures.of(answer, what, "check the key");
                    }
                }, () -> client.closeIdleConnections());
    }

    @Test
    void a429IsWaitedOutAsItsRetryAfterSaysAndSentAgain() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "2"));
        server.enqueue(new MockResponse().setBody("{\"id\": 1}"));

        HttpAnswer answer = exchange(0).write(api(server.url("/v1").uri()).post());

        assertThat(answer.body()).isEqualTo("{\"id\": 1}");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(clock.sleeps()).as("the Retry-After and the margin at a window edge (1 % of a minute)").singleElement()
                .satisfies(wait -> assertThat(wait).isEqualTo(Duration.ofMillis(2_600)));
    }

    @Test
    void a429ThatLastsIsRateLimitedAfterItsRetries() {
        for (int i = 0; i <= Exchange.RATE_LIMIT_RETRIES; i++) {
            server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3"));
        }

        assertThatThrownBy(() -> exchange(0).read(api(server.url("/v1").uri()).items()))
                .isInstanceOfSatisfying(VendorRateLimited.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(3)));
        assertThat(server.getRequestCount()).isEqualTo(1 + Exchange.RATE_LIMIT_RETRIES);
    }

    @Test
    void aWriteWhoseConnectionDropsAfterTheRequestIsSentOnceAndMayHaveArrived() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(new MockResponse().setBody("{}"));

        assertThatThrownBy(() -> exchange(3).write(api(server.url("/v1").uri()).post()))
                .isInstanceOfSatisfying(VendorUnavailable.class, e -> {
                    assertThat(e.maybeSent()).isTrue();
                    assertThat(e.getMessage()).contains("it may have been recorded");
                });
        assertThat(server.getRequestCount()).as("never sent again").isEqualTo(1);
    }

    /**
     * The server answers a first read, then closes the connection, as a vendor closes one that sat idle: OkHttp keeps
     * it for the next request and, for a GET, does not look before reusing it. The next answer is {@code next}.
     */
    private Api readThenClosed(Exchange exchange, String next) {
        server.enqueue(new MockResponse().setBody("[1]").setSocketPolicy(SocketPolicy.DISCONNECT_AT_END));
        server.enqueue(new MockResponse().setBody(next));
        Api api = api(server.url("/v1").uri());
        assertThat(exchange.read(api.items()).body()).isEqualTo("[1]");
        return api;
    }

    @Test
    void aReadOnAConnectionTheVendorClosedIsSentAgainAtOnceOnAnotherEvenWhereReadsAreNeverRetried() {
        Exchange exchange = exchange(0);
        Api api = readThenClosed(exchange, "[2]");

        assertThat(exchange.read(api.items()).body()).isEqualTo("[2]");

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(clock.sleeps()).as("no back-off").isEmpty();
    }

    @Test
    void aWriteWithoutAPauseOnAConnectionTheVendorClosedIsNotSentAgainAndMayHaveArrived() {
        Exchange exchange = exchange(3);
        Api api = readThenClosed(exchange, "{}");

        assertThatThrownBy(() -> exchange.write(api.post()))
                .isInstanceOfSatisfying(VendorUnavailable.class, e -> assertThat(e.maybeSent()).isTrue());
        assertThat(server.getRequestCount()).as("the write never reached the server; nor was it sent again")
                .isEqualTo(1);
    }

    @Test
    void aWriteAfterThePauseAVendorMayCloseAConnectionInGoesOnANewConnection() {
        Exchange exchange = exchange(0);
        Api api = readThenClosed(exchange, "{}");
        clock.advance(Exchange.IDLE_BEFORE_WRITE);

        assertThat(exchange.write(api.post()).body()).isEqualTo("{}");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aReadThatTimesOutOnAKeptConnectionIsNotSentAgainWhereReadsAreNeverRetried() {
        server.enqueue(new MockResponse().setBody("[1]"));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        server.enqueue(new MockResponse().setBody("[3]"));
        Exchange exchange = exchange(0);
        Api api = api(server.url("/v1").uri());
        exchange.read(api.items());

        assertThatThrownBy(() -> exchange.read(api.items()))
                .isInstanceOfSatisfying(VendorUnavailable.class, e -> assertThat(e.getMessage()).contains("read timeout"));
        assertThat(server.getRequestCount()).as("a vendor slow to answer is not a closed connection").isEqualTo(2);
    }

    @Test
    void aReadThatFailsOnANewConnectionIsNotSentAgainWhereReadsAreNeverRetried() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(new MockResponse().setBody("[2]"));

        assertThatThrownBy(() -> exchange(0).read(api(server.url("/v1").uri()).items()))
                .isInstanceOfSatisfying(VendorUnavailable.class, e -> assertThat(e.maybeSent()).isTrue());
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRefusedConnectionSurelySentNothing() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        assertThatThrownBy(() -> exchange(0).write(api(URI.create("http://127.0.0.1:" + closed + "/v1")).post()))
                .isInstanceOfSatisfying(VendorUnavailable.class, e -> {
                    assertThat(e.maybeSent()).isFalse();
                    assertThat(e.getMessage()).contains("nothing was sent");
                });
    }

    @Test
    void aReadThatMeetsServerErrorsIsSentAgainAfterABackOffAsOftenAsTheVendorAllows() {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setResponseCode(500));
        server.enqueue(new MockResponse().setBody("[]"));

        HttpAnswer answer = exchange(2).read(api(server.url("/v1").uri()).items());

        assertThat(answer.body()).isEqualTo("[]");
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aServerErrorOnAWriteIsNeverSentAgainAndMayHaveBeenRecorded() {
        server.enqueue(new MockResponse().setResponseCode(500).setBody("<html>boom " + KEY.reveal() + "</html>"));

        assertThatThrownBy(() -> exchange(3).write(api(server.url("/v1").uri()).post()))
                .isInstanceOfSatisfying(VendorUnavailable.class, e -> {
                    assertThat(e.maybeSent()).isTrue();
                    assertThat(e.getMessage()).contains("HTTP 500").contains("boom ****").doesNotContain(KEY.reveal());
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void everyOtherAnswerPassesTheVendorsCheck() {
        server.enqueue(new MockResponse().setResponseCode(404));

        assertThatThrownBy(() -> exchange(3).read(api(server.url("/v1").uri()).items()))
                .isInstanceOf(VendorNotFound.class).hasMessageContaining("GET /v1/items");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
