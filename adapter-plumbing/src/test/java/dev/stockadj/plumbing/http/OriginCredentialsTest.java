package dev.stockadj.plumbing.http;

import dev.stockadj.core.model.Secret;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The credential goes to the configured origin only, default ports filled in; every other origin gets none, not even
 * one a caller's interceptor put on the request; and every request carries stockadj's User-Agent.
 */
class OriginCredentialsTest {
    private static final Map<String, Secret> KEY = Map.of("API-KEY", new Secret("key-1"));

    @Test
    void defaultPortsAreFilledInAndAnotherSchemeHostOrPortIsAnotherOrigin() {
        OriginCredentials credentials = new OriginCredentials(URI.create("https://api.vendor.example:443/v5"), KEY);

        assertThat(credentials.sameOrigin(HttpUrl.get("https://api.vendor.example/v5"))).isTrue();
        assertThat(credentials.sameOrigin(HttpUrl.get("http://api.vendor.example:443/v5"))).isFalse();
        assertThat(credentials.sameOrigin(HttpUrl.get("https://api.vendor.example:8443/v5"))).isFalse();
        assertThat(credentials.sameOrigin(HttpUrl.get("https://evil.example/v5"))).isFalse();
        assertThat(credentials.sameOrigin(HttpUrl.get("https://api.vendor.example.evil.example/v5"))).isFalse();
    }

    @Test
    void overLoopbackTheOriginGetsTheCredentialAndAnotherPortNoneNotEvenACallersCopy() throws Exception {
        try (MockWebServer home = new MockWebServer(); MockWebServer elsewhere = new MockWebServer()) {
            home.start(InetAddress.getLoopbackAddress(), 0);
            elsewhere.start(InetAddress.getLoopbackAddress(), 0);
            home.enqueue(new MockResponse());
            elsewhere.enqueue(new MockResponse());
            URI base = URI.create("HTTP://LOCALHOST:" + home.getPort() + "/api");
            OkHttpClient callers = new OkHttpClient.Builder()
                    .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("Bearer", "x")
                            .header("Authorization", "Bearer copied").build())).build();
            try (VendorClient client = VendorClient.build(base, Optional.of(callers), Duration.ofSeconds(2),
                    Duration.ofSeconds(2), new OriginCredentials(base,
                            Map.of("Authorization", new Secret("Bearer tok")), Set.of("Authorization", "API-KEY")))) {
                call(client.http(), "http://localhost:" + home.getPort() + "/api/items");
                call(client.http(), "http://localhost:" + elsewhere.getPort() + "/api/items");
            }

            RecordedRequest toHome = home.takeRequest(1, TimeUnit.SECONDS);
            RecordedRequest toElsewhere = elsewhere.takeRequest(1, TimeUnit.SECONDS);
            assertThat(toHome.getHeader("Authorization")).isEqualTo("Bearer tok");
            assertThat(toElsewhere.getHeader("Authorization")).isNull();
            assertThat(toHome.getHeader("User-Agent")).isEqualTo(UserAgent.VALUE).matches("stockadj/[0-9A-Za-z.\\-]+");
            assertThat(toElsewhere.getHeader("User-Agent")).isEqualTo(UserAgent.VALUE);
            assertThat(toHome.getHeader("Accept")).isEqualTo("application/json");
        }
    }

    private static void call(OkHttpClient client, String url) throws Exception {
        try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
            assertThat(response.code()).isEqualTo(200);
        }
    }
}
