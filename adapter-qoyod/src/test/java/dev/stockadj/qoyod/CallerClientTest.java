package dev.stockadj.qoyod;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.port.out.PostedDocument;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorUnavailable;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * An adapter built on the caller's OkHttp client: the caller's interceptor sees every request (without the
 * credential), the caller's retries and redirects stay off, and closing the adapter leaves the caller's
 * dispatcher and connection pool running.
 */
class CallerClientTest {
    /** The caller's interceptor: records each request it sees. */
    private final List<Request> seen = new CopyOnWriteArrayList<>();
    private final Interceptor counting = chain -> {
        seen.add(chain.request());
        return chain.proceed(chain.request());
    };
    /** A caller's client built to retry and follow redirects, as OkHttp does by default. */
    private final OkHttpClient caller = new OkHttpClient.Builder().addInterceptor(counting)
            .retryOnConnectionFailure(true).followRedirects(true).followSslRedirects(true).build();

    @Test
    void aCountPostedOnTheCallersClientPassesItsInterceptorAndLeavesItsPoolRunning() throws IOException {
        try (QoyodSandbox sandbox = QoyodSandbox.start(0)) {
            QoyodAdapter adapter = QoyodAdapter.create(QoyodSettings.defaults(sandbox.baseUrl(), sandbox.apiKey())
                    .withHttpClient(caller).withClock(Clock.fixed(Instant.parse("2026-05-18T08:00:00Z"), ZoneOffset.UTC)));
            assertThat(adapter.resolve(Set.of(new Sku("WID-A"))).found()).containsValue(new ItemId("88"));
            PostedDocument posted = adapter.post(Documents.vendorExample());

            assertThat(sandbox.adjustmentIds()).containsExactly(Long.valueOf(posted.id().value()));
            assertThat(sandbox.stock(QoyodSandbox.WIDGET_A, QoyodSandbox.MAIN_WAREHOUSE)).contains(new BigDecimal("50"));
            assertThat(seen).as("the caller's interceptor saw every request").hasSize(sandbox.requests().size())
                    .extracting(r -> r.method() + " " + r.url().encodedPath()).contains("POST /2.0/inventory_adjustments");
            assertThat(seen).as("before the credential is added").allSatisfy(r -> {
                assertThat(r.header("API-KEY")).isNull();
                assertThat(r.header("Authorization")).isNull();
            });
            assertThat(sandbox.credentialHeaders()).as("while the sandbox got it").isNotEmpty().containsOnly("API-KEY");

            int pooled = caller.connectionPool().connectionCount();
            adapter.close();

            assertThat(caller.dispatcher().executorService().isShutdown()).as("the caller's dispatcher").isFalse();
            assertThat(caller.connectionPool().connectionCount()).as("the caller's pool").isEqualTo(pooled).isPositive();
            try (Response again = caller.newCall(new Request.Builder().url(sandbox.baseUrl() + "/inventories").build())
                    .execute()) {
                assertThat(again.code()).as("the caller's client still works").isEqualTo(401);
            }
        }
    }

    @Test
    void theCallersClientFollowsARedirectTheAdapterDoesNot() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.start(InetAddress.getLoopbackAddress(), 0);
            MockResponse redirect = new MockResponse().setResponseCode(302).setHeader("Location", "/2.0/elsewhere");
            server.enqueue(redirect);
            server.enqueue(new MockResponse().setBody("{}"));
            try (Response direct = caller.newCall(new Request.Builder().url(server.url("/2.0/products")).build()).execute()) {
                assertThat(direct.code()).as("the caller's own client follows it").isEqualTo(200);
            }
            assertThat(server.getRequestCount()).isEqualTo(2);

            server.enqueue(redirect);
            server.enqueue(new MockResponse().setBody("{}"));
            try (QoyodAdapter adapter = QoyodAdapter.create(QoyodSettings.defaults(server.url("/2.0").uri(),
                    new Secret("caller-test-key")).withHttpClient(caller))) {
                Throwable failure = catchThrowable(() -> adapter.read(new LocationId("12"), Set.of(new ItemId("88"))));

                assertThat(failure).isInstanceOf(VendorFailure.class);
            }
            assertThat(server.getRequestCount()).as("the adapter did not follow it").isEqualTo(3);
        }
    }

    @Test
    void aPostWhoseConnectionDropsIsSentOnceAndUncertainOnARetryingCallersClient() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.start(InetAddress.getLoopbackAddress(), 0);
            for (int i = 0; i < 3; i++) {
                server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
            }
            try (QoyodAdapter adapter = QoyodAdapter.create(QoyodSettings.defaults(server.url("/2.0").uri(),
                    new Secret("caller-test-key")).withHttpClient(caller))) {
                Throwable failure = catchThrowable(() -> adapter.post(Documents.vendorExample()));

                assertThat(failure).isInstanceOfSatisfying(VendorUnavailable.class, u -> assertThat(u.maybeSent()).isTrue());
            }
            assertThat(server.getRequestCount()).as("sent once, never retried").isEqualTo(1);
        }
    }

    @Test
    void theDerivedClientSharesTheCallersPlumbingButNotItsRetriesOrRedirects() {
        OkHttpClient derived = QoyodHttp.client(QoyodSettings.defaults(java.net.URI.create("https://api.qoyod.com/2.0"),
                new Secret("caller-test-key")).withHttpClient(caller));

        assertThat(derived.dispatcher()).isSameAs(caller.dispatcher());
        assertThat(derived.connectionPool()).isSameAs(caller.connectionPool());
        assertThat(derived.interceptors()).contains(counting);
        assertThat(derived.retryOnConnectionFailure()).isFalse();
        assertThat(derived.followRedirects()).isFalse();
        assertThat(derived.followSslRedirects()).isFalse();
        assertThat(derived.readTimeoutMillis()).isEqualTo((int) QoyodSettings.DEFAULT_READ_TIMEOUT.toMillis());
    }
}
