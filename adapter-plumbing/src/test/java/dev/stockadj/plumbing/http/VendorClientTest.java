package dev.stockadj.plumbing.http;

import dev.stockadj.core.model.Secret;
import dev.stockadj.plumbing.testing.CallerClient;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The client every adapter builds: on the caller's plumbing, with the exactly-once rules laid over it. */
class VendorClientTest {
    private static final URI BASE = URI.create("https://api.vendor.example/v1");

    @Test
    void sharesTheCallersPlumbingButNotItsRetriesOrRedirects() {
        CallerClient callers = new CallerClient();
        VendorClient client = VendorClient.build(BASE, Optional.of(callers.client()), Duration.ofSeconds(3),
                Duration.ofSeconds(7), new OriginCredentials(BASE, Map.of("API-KEY", new Secret("k"))));
        OkHttpClient derived = client.http();

        assertThat(derived.dispatcher()).isSameAs(callers.client().dispatcher());
        assertThat(derived.connectionPool()).isSameAs(callers.client().connectionPool());
        assertThat(derived.interceptors()).contains(callers.interceptor());
        assertThat(derived.retryOnConnectionFailure()).isFalse();
        assertThat(derived.followRedirects()).isFalse();
        assertThat(derived.followSslRedirects()).isFalse();
        assertThat(derived.connectTimeoutMillis()).isEqualTo(3_000);
        assertThat(derived.readTimeoutMillis()).isEqualTo(7_000);
        assertThat(derived.networkInterceptors()).last().isInstanceOf(MayHaveArrived.class);

        client.close();
        assertThat(callers.client().dispatcher().executorService().isShutdown()).as("the caller's stays up").isFalse();
    }

    @Test
    void aClientOfItsOwnIsReleasedOnClose() {
        VendorClient client = VendorClient.build(BASE, Optional.empty(), Duration.ofSeconds(3), Duration.ofSeconds(7),
                new OriginCredentials(BASE, Map.of("API-KEY", new Secret("k"))));
        client.http().dispatcher().executorService();

        client.close();

        assertThat(client.http().dispatcher().executorService().isShutdown()).isTrue();
    }

    @Test
    void theUserAgentNamesStockadjAndItsVersion() {
        assertThat(UserAgent.VALUE).matches("stockadj/[0-9A-Za-z.\\-]+").doesNotContain("${");
    }
}
