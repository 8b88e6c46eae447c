package dev.stockadj.plumbing.testing;

import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caller's own OkHttp client, built to retry and follow redirects as OkHttp does by default, with an
 * interceptor that records what it sees; and the checks every adapter built on it must pass: its retries and
 * redirects stay off, and closing the adapter leaves the caller's dispatcher and pool running. Shared by the
 * adapters' tests through adapter-plumbing's test-jar, so the three adapters are held to one behaviour.
 */
public final class CallerClient {
    /** What the adapter does with the caller's client against a server at {@code base}; returns its failure, if any. */
    @FunctionalInterface
    public interface AdapterCall {
        Throwable run(URI base) throws Exception;
    }

    private final List<Request> seen = new CopyOnWriteArrayList<>();
    private final Interceptor recording = chain -> {
        seen.add(chain.request());
        return chain.proceed(chain.request());
    };
    private final OkHttpClient client = new OkHttpClient.Builder().addInterceptor(recording)
            .retryOnConnectionFailure(true).followRedirects(true).followSslRedirects(true).build();

    public OkHttpClient client() {
        return client;
    }

    public Interceptor interceptor() {
        return recording;
    }

    /** Every request the caller's interceptor saw. */
    public List<Request> seen() {
        return List.copyOf(seen);
    }

    /** Closing {@code adapter} leaves the caller's dispatcher, its pooled connections and its client working. */
    public void assertOutlives(AutoCloseable adapter, String probeUrl, int probeStatus) throws Exception {
        int pooled = client.connectionPool().connectionCount();
        adapter.close();

        assertThat(client.dispatcher().executorService().isShutdown()).as("the caller's dispatcher").isFalse();
        assertThat(client.connectionPool().connectionCount()).as("the caller's pool").isEqualTo(pooled).isPositive();
        try (Response again = client.newCall(new Request.Builder().url(probeUrl).build()).execute()) {
            assertThat(again.code()).as("the caller's client still works").isEqualTo(probeStatus);
        }
    }

    /** The caller's own client follows a redirect under {@code basePath}; the adapter built on it does not. */
    public Throwable assertRedirectNotFollowed(String basePath, AdapterCall call) throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start(InetAddress.getLoopbackAddress(), 0);
            MockResponse redirect = new MockResponse().setResponseCode(302).setHeader("Location", basePath + "/elsewhere");
            server.enqueue(redirect);
            server.enqueue(new MockResponse().setBody("{}"));
            try (Response direct = client.newCall(new Request.Builder().url(server.url(basePath + "/probe")).build())
                    .execute()) {
                assertThat(direct.code()).as("the caller's own client follows it").isEqualTo(200);
            }
            assertThat(server.getRequestCount()).isEqualTo(2);

            server.enqueue(redirect);
            server.enqueue(new MockResponse().setBody("{}"));
            Throwable failure = call.run(server.url(basePath).uri());

            assertThat(server.getRequestCount()).as("the adapter did not follow it").isEqualTo(3);
            return failure;
        }
    }

    /** A write whose connection drops after the request reaches the server once, whatever the caller's retries. */
    public Throwable assertDroppedWriteSentOnce(String basePath, AdapterCall call) throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start(InetAddress.getLoopbackAddress(), 0);
            for (int i = 0; i < 3; i++) {
                server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
            }
            Throwable failure = call.run(server.url(basePath).uri());

            assertThat(server.getRequestCount()).as("sent once, never retried").isEqualTo(1);
            return failure;
        }
    }
}
