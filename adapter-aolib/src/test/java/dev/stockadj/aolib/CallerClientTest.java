package dev.stockadj.aolib;

import dev.stockadj.aolib.sandbox.OrderTimeSandbox;
import dev.stockadj.aolib.sandbox.OrderTimeSeed;
import dev.stockadj.core.model.Position;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.port.out.PostedDocument;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorUnavailable;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * An adapter built on the caller's OkHttp client: the caller's interceptor sees every request (without the
 * credentials), the caller's retries and redirects stay off, and closing the adapter leaves the caller's
 * dispatcher and connection pool running.
 */
class CallerClientTest {
    private final List<Request> seen = new CopyOnWriteArrayList<>();
    private final Interceptor counting = chain -> {
        seen.add(chain.request());
        return chain.proceed(chain.request());
    };
    private final OkHttpClient caller = new OkHttpClient.Builder().addInterceptor(counting)
            .retryOnConnectionFailure(true).followRedirects(true).followSslRedirects(true).build();

    private static OrderTimeSettings settings(URI baseUrl) {
        return Fixtures.settings(baseUrl, new Secret("caller-test-key"), "me@shop.example", new Secret("caller-test-pw"));
    }

    @Test
    void anAdjustmentPostedOnTheCallersClientPassesItsInterceptorAndLeavesItsPoolRunning() throws IOException {
        try (OrderTimeSandbox sandbox = OrderTimeSandbox.start(0)) {
            OrderTimeAdapter adapter = OrderTimeAdapter.create(Fixtures.settings(sandbox).withHttpClient(caller)
                    .withClock(Clock.fixed(Instant.parse("2026-05-18T08:00:00Z"), ZoneOffset.UTC)));
            PostedDocument posted = adapter.post(Fixtures.document(
                    Fixtures.line(Position.of(Fixtures.item(OrderTimeSeed.WIDGET)), "40", "37")));

            assertThat(adapter.read(posted.id())).isPresent();
            assertThat(sandbox.onHand(OrderTimeSeed.WIDGET, OrderTimeSeed.HQ)).isEqualByComparingTo("37");
            assertThat(seen).as("the caller's interceptor saw every request").hasSize(sandbox.requestCount())
                    .extracting(Request::method).contains("POST", "GET");
            assertThat(seen).as("before the credentials are added").allSatisfy(r -> {
                assertThat(r.header("apiKey")).isNull();
                assertThat(r.header("password")).isNull();
            });

            int pooled = caller.connectionPool().connectionCount();
            adapter.close();

            assertThat(caller.dispatcher().executorService().isShutdown()).as("the caller's dispatcher").isFalse();
            assertThat(caller.connectionPool().connectionCount()).as("the caller's pool").isEqualTo(pooled).isPositive();
            try (Response again = caller.newCall(new Request.Builder().url(sandbox.baseUrl() + "/adjustment?docNo=1")
                    .build()).execute()) {
                assertThat(again.code()).as("the caller's client still works (without credentials)").isEqualTo(401);
            }
        }
    }

    @Test
    void theCallersClientFollowsARedirectTheAdapterDoesNot() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.start(InetAddress.getLoopbackAddress(), 0);
            MockResponse redirect = new MockResponse().setResponseCode(302).setHeader("Location", "/api/elsewhere");
            server.enqueue(redirect);
            server.enqueue(new MockResponse().setBody("{}"));
            try (Response direct = caller.newCall(new Request.Builder().url(server.url("/api/adjustment")).build()).execute()) {
                assertThat(direct.code()).as("the caller's own client follows it").isEqualTo(200);
            }
            assertThat(server.getRequestCount()).isEqualTo(2);

            server.enqueue(redirect);
            server.enqueue(new MockResponse().setBody("{}"));
            try (OrderTimeAdapter adapter = OrderTimeAdapter.create(settings(server.url("/api").uri()).withHttpClient(caller))) {
                Throwable failure = catchThrowable(() -> adapter.read(new dev.stockadj.core.model.VendorDocumentId("7")));

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
            try (OrderTimeAdapter adapter = OrderTimeAdapter.create(settings(server.url("/api").uri()).withHttpClient(caller))) {
                Throwable failure = catchThrowable(() -> adapter.post(Fixtures.document(
                        Fixtures.line(Position.of(Fixtures.item(OrderTimeSeed.WIDGET)), "40", "37"))));

                assertThat(failure).isInstanceOfSatisfying(VendorUnavailable.class, u -> assertThat(u.maybeSent()).isTrue());
            }
            assertThat(server.getRequestCount()).as("sent once, never retried").isEqualTo(1);
        }
    }
}
