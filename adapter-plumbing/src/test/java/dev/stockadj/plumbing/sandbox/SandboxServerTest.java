package dev.stockadj.plumbing.sandbox;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxServerTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final SandboxHandler hello = SandboxHandler.under("/api", new Routes()
            .on("GET", "/hello", r -> Answer.text(200, "hello"))).build();

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listensOnLoopbackAtAFreePortAndNamesItsRoot() throws Exception {
        try (SandboxServer server = SandboxServer.start("test", 0, hello)) {
            assertThat(server.port()).isPositive();
            assertThat(server.url("/api")).isEqualTo(URI.create("http://127.0.0.1:" + server.port() + "/api"));
            assertThat(get(URI.create(server.url("/api") + "/hello")).body()).isEqualTo("hello");
        }
    }

    @Test
    void startsAtTheGivenPortAndRefusesOneInUseNamingIt() {
        int port;
        try (SandboxServer first = SandboxServer.start("test", 0, hello)) {
            port = first.port();
            assertThatThrownBy(() -> SandboxServer.start("qoyod", port, hello)).isInstanceOf(UncheckedIOException.class)
                    .hasMessage("cannot start the qoyod sandbox on 127.0.0.1:" + port);
        }
        try (SandboxServer again = SandboxServer.start("test", port, hello)) {
            assertThat(again.port()).isEqualTo(port);
        }
    }

    @Test
    void answersNothingOnceClosed() {
        SandboxServer server = SandboxServer.start("test", 0, hello);
        URI hi = URI.create(server.url("/api") + "/hello");
        server.close();

        assertThatThrownBy(() -> get(hi)).isInstanceOf(ConnectException.class);
    }
}
