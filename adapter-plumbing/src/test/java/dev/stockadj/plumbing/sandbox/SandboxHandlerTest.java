package dev.stockadj.plumbing.sandbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The order every request goes through, seen over real HTTP on loopback. */
class SandboxHandlerTest {
    private static final String KEY = "k-1";
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-05-18T08:00:00Z"));
    private final AtomicInteger served = new AtomicInteger();
    private final Faults faults = new Faults();
    private final ReceivedRequests log = new ReceivedRequests();
    private final RateWindow rate = new RateWindow(now::get, Answer.json(429, "{\"message\":\"slow\"}"), true);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final SandboxServer server = SandboxServer.start("test", 0, SandboxHandler.under("/v1", new Routes()
                    .on("GET", "/items/{id}", r -> {
                        served.incrementAndGet();
                        return Answer.json(200, "{\"id\":\"" + r.param("id") + "\"}");
                    })
                    .on("POST", "/items", r -> {
                        served.incrementAndGet();
                        return Answer.json(201, "{}");
                    })
                    .on("GET", "/broken", r -> {
                        throw new IllegalStateException("a bug with a secret " + KEY);
                    }))
            .clock(now::get).faults(faults).log(log).rateWindow(rate)
            .credentials(r -> r.header("X-Key").filter(KEY::equals).isPresent(), Answer.text(401, "who are you"))
            .finishing(a -> a.withHeader("X-Finished", "yes"))
            .serverError(Answer.json(500, "{\"message\":\"Server Error\"}"))
            .build());

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url("") + path)).timeout(Duration.ofSeconds(5));
        if (key != null) {
            request.header("X-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST: the JDK client sends a GET again on a connection closed unanswered, a POST it does not. */
    private HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url("") + path)).timeout(Duration.ofSeconds(5))
                .header("X-Key", KEY).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheRouteAndLogsTheRequestBeforeItsAnswerLeaves() throws Exception {
        HttpResponse<String> answer = get("/v1/items/7?page=2", KEY);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"id\":\"7\"}");
        assertThat(answer.headers().firstValue("X-Finished")).contains("yes");
        assertThat(log.all()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo("GET /items/7?page=2");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.authenticated()).isTrue();
            assertThat(r.hasHeader("x-key")).isTrue();
            assertThat(r.at()).isEqualTo(now.get());
        });
    }

    @Test
    void refusesWhatTheCredentialCheckRefusesAndLogsIt() throws Exception {
        HttpResponse<String> answer = get("/v1/items/7", "guess");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).isEqualTo("who are you");
        assertThat(answer.headers().firstValue("X-Finished")).as("a route's answer only").isEmpty();
        assertThat(served).hasValue(0);
        assertThat(log.all()).singleElement().satisfies(r -> assertThat(r.authenticated()).isFalse());
    }

    @Test
    void aPathOutsideTheRootIsNotFoundOnceAuthenticated() throws Exception {
        assertThat(get("/v2/items/7", null).statusCode()).isEqualTo(401);
        assertThat(get("/v2/items/7", KEY).statusCode()).isEqualTo(404);
        assertThat(log.all()).extracting(SandboxRequest::path).containsExactly("/v2/items/7", "/v2/items/7");
    }

    @Test
    void anInjectedAnswerComesFirstServesNothingAndIsNotCountedByTheWindow() throws Exception {
        rate.limit(1, Duration.ofMinutes(1));
        faults.next(() -> InjectedFault.answer(Answer.text(503, "busy")), 2);

        assertThat(get("/v1/items/7", KEY).statusCode()).isEqualTo(503);
        assertThat(get("/v1/items/7", null).statusCode()).as("before the credential check too").isEqualTo(503);
        assertThat(get("/v1/items/7", KEY).statusCode()).isEqualTo(200);
        assertThat(served).hasValue(1);
    }

    @Test
    void theRateWindowComesBeforeTheCredentialCheckAndStampsWhatItCounts() throws Exception {
        rate.limit(2, Duration.ofSeconds(10));

        HttpResponse<String> first = get("/v1/items/7", KEY);
        HttpResponse<String> refused = get("/v1/items/7", "guess");
        HttpResponse<String> limited = get("/v1/items/7", KEY);

        assertThat(first.headers().firstValue("X-RateLimit-Remaining")).contains("1");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("X-RateLimit-Remaining")).contains("0");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("10");
        assertThat(log.answered(429)).isEqualTo(1);
    }

    @Test
    void aDropBeforeHandlingServesNothingAndAnswersNothing() {
        faults.next(InjectedFault::dropBeforeHandling);

        assertThatThrownBy(() -> post("/v1/items")).isInstanceOf(IOException.class);
        assertThat(served).hasValue(0);
        assertThat(log.all()).extracting(SandboxRequest::status).containsExactly(0);
    }

    @Test
    void aDropAfterHandlingServesTheRequestButLosesItsAnswer() {
        faults.next(InjectedFault::dropAfterHandling);

        assertThatThrownBy(() -> post("/v1/items")).isInstanceOf(IOException.class);
        assertThat(served).hasValue(1);
        assertThat(log.all()).extracting(SandboxRequest::status).containsExactly(0);
    }

    @Test
    void aDelayedRequestIsServedAfterTheDelay() throws Exception {
        faults.next(() -> InjectedFault.delay(Duration.ofMillis(300)));
        long start = System.nanoTime();

        assertThat(get("/v1/items/7", KEY).statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void aFailingRouteIsTheServerErrorAndNeverAStackTrace() throws Exception {
        HttpResponse<String> answer = get("/v1/broken", KEY);

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body()).isEqualTo("{\"message\":\"Server Error\"}").doesNotContain(KEY);
    }
}
