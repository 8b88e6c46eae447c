package dev.stockadj.costadj;

import dev.stockadj.core.model.Secret;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The token goes to the configured host and port only, and never appears in settings' text. */
class FoodicsCredentialsTest {
    private final MockWebServer home = new MockWebServer();
    private final MockWebServer elsewhere = new MockWebServer();
    private OkHttpClient client;

    @BeforeEach
    void start() throws IOException {
        home.start(InetAddress.getLoopbackAddress(), 0);
        elsewhere.start(InetAddress.getLoopbackAddress(), 0);
        FoodicsSettings settings = FoodicsSettings.defaults(URI.create("http://localhost:" + home.getPort() + "/v5"),
                new Secret("tok-secret"));
        client = FoodicsAdapter.client(settings).http();
    }

    @AfterEach
    void stop() throws IOException {
        home.shutdown();
        elsewhere.shutdown();
    }

    private RecordedRequest send(MockWebServer server, String url) throws Exception {
        server.enqueue(new MockResponse().setBody("{}"));
        try (Response response = client.newCall(new Request.Builder().url(url)
                .header("Authorization", "Bearer smuggled").build()).execute()) {
            assertThat(response.code()).isEqualTo(200);
        }
        return server.takeRequest(1, TimeUnit.SECONDS);
    }

    @Test
    void theConfiguredHostGetsTheBearerToken() throws Exception {
        RecordedRequest request = send(home, "http://localhost:" + home.getPort() + "/v5/whoami");

        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer tok-secret");
    }

    @Test
    void anotherPortOnTheSameHostGetsNoAuthorization() throws Exception {
        RecordedRequest request = send(elsewhere, "http://localhost:" + elsewhere.getPort() + "/v5/whoami");

        assertThat(request.getHeader("Authorization")).isNull();
    }

    @Test
    void anotherHostNameGetsNoAuthorization() throws Exception {
        String url = "http://127.0.0.1:" + home.getPort() + "/v5/whoami";

        RecordedRequest request = send(home, url);

        assertThat(request.getHeader("Authorization")).isNull();
    }

    @Test
    void settingsNeverShowTheToken() {
        FoodicsSettings settings = FoodicsSettings.defaults(home.url("/v5").uri(), new Secret("tok-secret"));

        assertThat(settings.toString()).doesNotContain("tok-secret");
    }
}
