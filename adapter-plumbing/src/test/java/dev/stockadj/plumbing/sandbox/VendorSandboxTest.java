package dev.stockadj.plumbing.sandbox;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.InstantSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VendorSandboxTest {
    /** The smallest vendor: one route, no credentials. */
    static final class TinySandbox extends VendorSandbox {
        TinySandbox(ReceivedRequests log, RateWindow rate) {
            super(SandboxServer.start("tiny", 0, SandboxHandler.under("/api", new Routes()
                    .on("GET", "/ping", r -> Answer.text(200, "pong"))).log(log).rateWindow(rate).build()),
                    "/api", log, rate);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private int get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void saysWhereItListensAndCountsWhatArrived() throws Exception {
        try (TinySandbox sandbox = new TinySandbox(new ReceivedRequests(),
                new RateWindow(InstantSource.system(), Answer.empty(429), false))) {
            assertThat(sandbox.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:" + sandbox.port() + "/api"));
            get(URI.create(sandbox.baseUrl() + "/ping"));
            get(URI.create(sandbox.baseUrl() + "/PING"));

            assertThat(sandbox.requestCount()).isEqualTo(2);
            assertThat(sandbox.requestCount("get", "/Ping")).isEqualTo(2);
            sandbox.clearRequests();
            assertThat(sandbox.requestCount()).isZero();
        }
    }

    @Test
    void limitsTheRateWhenATestAsks() throws Exception {
        try (TinySandbox sandbox = new TinySandbox(new ReceivedRequests(),
                new RateWindow(InstantSource.system(), Answer.empty(429), false))) {
            URI ping = URI.create(sandbox.baseUrl() + "/ping");
            assertThat(get(ping)).isEqualTo(200);
            sandbox.rateLimit(1, Duration.ofMinutes(1));

            assertThat(get(ping)).isEqualTo(200);
            assertThat(get(ping)).isEqualTo(429);
        }
    }

    @Test
    void answersNothingOnceClosed() {
        TinySandbox sandbox = new TinySandbox(new ReceivedRequests(),
                new RateWindow(InstantSource.system(), Answer.empty(429), false));
        URI ping = URI.create(sandbox.baseUrl() + "/ping");
        sandbox.close();

        assertThatThrownBy(() -> get(ping)).isInstanceOf(ConnectException.class);
    }
}
