package dev.stockadj.app;

import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorUnavailable;
import dev.stockadj.core.testing.ManualClock;
import dev.stockadj.plumbing.http.Snippet;
import dev.stockadj.plumbing.http.UserAgent;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What issue 13 found the three adapters doing differently, now done alike, each pinned over all three vendors on
 * loopback: the credential's origin compared ignoring case, stockadj's User-Agent on every request, a Retry-After
 * date waited until, an answer quoted to one length, and the one "may have arrived" rule — a write that fails after
 * the request was handed over may have been recorded (the journal keeps it UNCERTAIN), one whose connection was
 * refused was not (it stays PLANNED) — and a write after a pause goes on a new connection. Each vendor's sandbox is started through its public start API; a date
 * Retry-After and a long error page, which no sandbox gives on request, come from a plain loopback server.
 */
class AdaptersBehaveAlikeTest {
    private final List<AutoCloseable> opened = new ArrayList<>();
    private final List<Request> sent = Collections.synchronizedList(new ArrayList<>());
    /** The connection each sent request went on, in the order they were sent. */
    private final List<Connection> carriedBy = Collections.synchronizedList(new ArrayList<>());
    private final OkHttpClient callers = new OkHttpClient.Builder().eventListener(new EventListener() {
        private Connection acquired;

        @Override
        public void connectionAcquired(Call call, Connection connection) {
            acquired = connection;
        }

        @Override
        public void requestHeadersEnd(Call call, Request request) {
            sent.add(request);
            carriedBy.add(acquired);
        }
    }).build();
    private final ManualClock clock = new ManualClock(Instant.now());

    static Stream<VendorUnderTest> vendors() {
        return Stream.of("Qoyod", "Foodics", "Order Time").map(VendorUnderTest::started);
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    private <T extends AutoCloseable> T open(T closeable) {
        opened.add(closeable);
        return closeable;
    }

    /** The vendor's adapter on its sandbox, through the caller's client; both closed after the test. */
    private VendorUnderTest.Connected onItsSandbox(VendorUnderTest vendor) {
        open(vendor);
        return open(vendor.connect(vendor.sandboxUrl(), callers, clock));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void theCredentialsOriginIsComparedIgnoringCase(VendorUnderTest vendor) {
        open(vendor);
        URI shouted = URI.create(vendor.sandboxUrl().toString().replace("http://127.0.0.1", "HTTP://LOCALHOST"));

        VendorUnderTest.Connected adapter = open(vendor.connect(shouted, callers, clock));

        assertThat(adapter.read()).as("the sandbox took the credential").isNotNull();
        assertThat(sent).isNotEmpty().allSatisfy(request -> assertThat(request.url().host()).isEqualTo("localhost"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void everyRequestCarriesStockadjsUserAgent(VendorUnderTest vendor) {
        VendorUnderTest.Connected adapter = onItsSandbox(vendor);

        adapter.read();
        adapter.write();

        assertThat(sent).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(request -> assertThat(request.header("User-Agent")).isEqualTo(UserAgent.VALUE)
                        .matches("stockadj/[0-9A-Za-z.\\-]+"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void aRetryAfterDateIsWaitedUntilBeforeTheRequestIsSentAgain(VendorUnderTest vendor) {
        open(vendor);
        Instant until = clock.now().plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(until.atZone(ZoneOffset.UTC));
        LoopbackVendor standIn = open(new LoopbackVendor().answering(
                new LoopbackVendor.Answer(429, Map.of("Retry-After", date), ""),
                new LoopbackVendor.Answer(401, Map.of(), "{\"message\": \"Unauthenticated.\"}")));
        VendorUnderTest.Connected adapter = open(vendor.connect(standIn.url("/v"), callers, clock));

        catchThrowableOfType(VendorFailure.class, adapter::read);

        assertThat(standIn.requests()).as("sent again after the wait").isEqualTo(2);
        assertThat(clock.sleeps()).singleElement().satisfies(wait -> assertThat(wait)
                .isBetween(Duration.between(Instant.now().truncatedTo(ChronoUnit.SECONDS), until).minusSeconds(2),
                        Duration.ofSeconds(31)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void anAnswerIsQuotedToTheSameLength(VendorUnderTest vendor) {
        open(vendor);
        String page = "<html><body>" + "x".repeat(2_000) + "</body></html>";
        LoopbackVendor standIn = open(new LoopbackVendor().answering(
                new LoopbackVendor.Answer(503, Map.of("Content-Type", "text/html"), page)));
        VendorUnderTest.Connected adapter = open(vendor.connect(standIn.url("/v"), callers, clock));

        VendorUnavailable failure = catchThrowableOfType(VendorUnavailable.class, adapter::read);

        assertThat(failure.getMessage()).contains(page.substring(0, Snippet.LENGTH) + "…")
                .doesNotContain(page.substring(0, Snippet.LENGTH + 1));
    }

    /**
     * A vendor may close a connection that sat idle, and a write that fails on one is left in doubt: after a pause
     * a write goes on a new connection, on the caller's client too. Without a pause it keeps the one it had.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void aWriteAfterAPauseGoesOnANewConnection(VendorUnderTest vendor) {
        VendorUnderTest.Connected adapter = onItsSandbox(vendor);

        adapter.read();
        int beforeWrite = sent.size();
        adapter.write();
        int beforePause = sent.size();
        clock.advance(Duration.ofSeconds(2));
        catchThrowableOfType(VendorFailure.class, adapter::write); // the same document again: some vendors refuse it

        assertThat(sent.get(beforeWrite).method()).as("a write follows the read").isNotEqualTo("GET");
        assertThat(carriedBy.get(beforeWrite)).as("no pause: the same connection")
                .isSameAs(carriedBy.get(beforeWrite - 1));
        assertThat(sent.get(beforePause).method()).as("the first request after the pause is a write")
                .isNotEqualTo("GET");
        assertThat(carriedBy.get(beforePause)).as("after the pause: a new connection")
                .isNotIn(carriedBy.subList(0, beforePause));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vendors")
    void aWriteThatFailsAfterTheHandOverMayHaveArrivedOneRefusedDidNot(VendorUnderTest vendor) throws Exception {
        URI base = vendor.sandboxUrl();
        VendorUnderTest.Connected adapter = open(vendor.connect(base, callers, clock));
        vendor.storeNextWriteThenDrop();

        VendorUnavailable dropped = catchThrowableOfType(VendorUnavailable.class, adapter::write);
        vendor.close();
        VendorUnavailable refused = catchThrowableOfType(VendorUnavailable.class, adapter::write);

        assertThat(dropped.maybeSent()).as("stored, then the connection dropped: UNCERTAIN").isTrue();
        assertThat(refused.maybeSent()).as("connection refused: still PLANNED").isFalse();
    }
}
