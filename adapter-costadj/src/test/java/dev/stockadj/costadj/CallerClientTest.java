package dev.stockadj.costadj;

import dev.stockadj.core.model.CostLine;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.port.in.CostCorrectionCommand;
import dev.stockadj.core.port.in.CostCorrectionReport;
import dev.stockadj.core.port.in.CostCorrectionResult;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorUnavailable;
import dev.stockadj.core.service.CorrectCostsService;
import dev.stockadj.core.model.CostAdjustmentStatus;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
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
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * An adapter built on the caller's OkHttp client: the caller's interceptor sees every request (without the
 * token), the caller's retries and redirects stay off, and closing the adapter leaves the caller's dispatcher
 * and connection pool running.
 */
class CallerClientTest {
    private final List<Request> seen = new CopyOnWriteArrayList<>();
    private final Interceptor counting = chain -> {
        seen.add(chain.request());
        return chain.proceed(chain.request());
    };
    private final OkHttpClient caller = new OkHttpClient.Builder().addInterceptor(counting)
            .retryOnConnectionFailure(true).followRedirects(true).followSslRedirects(true).build();

    @Test
    void aCostCorrectionOnTheCallersClientPassesItsInterceptorAndLeavesItsPoolRunning() throws IOException {
        try (FoodicsSandbox sandbox = FoodicsSandbox.start(0)) {
            FoodicsAdapter adapter = FoodicsAdapter.create(FoodicsSettings.defaults(sandbox.baseUrl(), sandbox.token())
                    .withHttpClient(caller).withClock(Clock.fixed(Instant.parse("2026-05-18T08:00:00Z"), ZoneOffset.UTC)));
            CostCorrectionResult result = new CorrectCostsService(adapter.capabilities(), adapter, adapter, adapter, adapter)
                    .correct(new CostCorrectionCommand(new LocationId(FoodicsSandbox.BRANCH_RIYADH), LocalDate.of(2026, 5, 18),
                            "supplier price list", false, Currency.getInstance("SAR"),
                            List.of(new CostLine(1, new ItemId(FoodicsSandbox.ITEM_FLOUR), UnitCost.of("44.00")))));

            assertThat(result).isInstanceOfSatisfying(CostCorrectionReport.class,
                    r -> assertThat(r.adjustment().status()).isEqualTo(CostAdjustmentStatus.CLOSED));
            assertThat(sandbox.costAt(FoodicsSandbox.BRANCH_RIYADH, FoodicsSandbox.ITEM_FLOUR)).isEqualByComparingTo(new BigDecimal("44.00"));
            assertThat(seen).as("the caller's interceptor saw every request").hasSize(sandbox.requestCount())
                    .anySatisfy(r -> assertThat(r.method()).isEqualTo("POST"));
            assertThat(seen).as("before the token is added").allSatisfy(r -> assertThat(r.header("Authorization")).isNull());
            assertThat(sandbox.requests()).as("while the sandbox got it").isNotEmpty()
                    .allSatisfy(r -> assertThat(r.authenticated()).isTrue());

            int pooled = caller.connectionPool().connectionCount();
            adapter.close();

            assertThat(caller.dispatcher().executorService().isShutdown()).as("the caller's dispatcher").isFalse();
            assertThat(caller.connectionPool().connectionCount()).as("the caller's pool").isEqualTo(pooled).isPositive();
            try (Response again = caller.newCall(new Request.Builder().url(sandbox.baseUrl() + "/whoami").build()).execute()) {
                assertThat(again.code()).as("the caller's client still works").isEqualTo(401);
            }
        }
    }

    @Test
    void theCallersClientFollowsARedirectTheAdapterDoesNot() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.start(InetAddress.getLoopbackAddress(), 0);
            MockResponse redirect = new MockResponse().setResponseCode(302).setHeader("Location", "/v5/elsewhere");
            server.enqueue(redirect);
            server.enqueue(new MockResponse().setBody("{}"));
            try (Response direct = caller.newCall(new Request.Builder().url(server.url("/v5/branches")).build()).execute()) {
                assertThat(direct.code()).as("the caller's own client follows it").isEqualTo(200);
            }
            assertThat(server.getRequestCount()).isEqualTo(2);

            server.enqueue(redirect);
            server.enqueue(new MockResponse().setBody("{}"));
            try (FoodicsAdapter adapter = FoodicsAdapter.create(FoodicsSettings.defaults(server.url("/v5").uri(),
                    new Secret("caller-test-token")).withHttpClient(caller))) {
                Throwable failure = catchThrowable(() -> adapter.create(FoodicsRequestsTest.draft(CostAdjustmentStatus.CLOSED)));

                assertThat(failure).isInstanceOf(VendorFailure.class);
            }
            assertThat(server.getRequestCount()).as("the adapter did not follow it").isEqualTo(3);
        }
    }

    @Test
    void aWriteWhoseConnectionDropsIsSentOnceAndUncertainOnARetryingCallersClient() throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.start(InetAddress.getLoopbackAddress(), 0);
            for (int i = 0; i < 3; i++) {
                server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
            }
            try (FoodicsAdapter adapter = FoodicsAdapter.create(FoodicsSettings.defaults(server.url("/v5").uri(),
                    new Secret("caller-test-token")).withCreatorId(new dev.stockadj.core.model.UserId("u-1"))
                    .withHttpClient(caller))) {
                Throwable failure = catchThrowable(() -> adapter.create(FoodicsRequestsTest.draft(CostAdjustmentStatus.CLOSED)));

                assertThat(failure).isInstanceOfSatisfying(VendorUnavailable.class, u -> assertThat(u.maybeSent()).isTrue());
            }
            assertThat(server.getRequestCount()).as("sent once, never retried").isEqualTo(1);
        }
    }

    @Test
    void theDerivedClientSharesTheCallersPlumbingButNotItsRetriesOrRedirects() {
        OkHttpClient derived = HttpClients.build(FoodicsSettings.defaults(URI.create("https://api.foodics.com/v5"),
                new Secret("caller-test-token")).withHttpClient(caller));

        assertThat(derived.dispatcher()).isSameAs(caller.dispatcher());
        assertThat(derived.connectionPool()).isSameAs(caller.connectionPool());
        assertThat(derived.interceptors()).contains(counting);
        assertThat(derived.retryOnConnectionFailure()).isFalse();
        assertThat(derived.followRedirects()).isFalse();
        assertThat(derived.followSslRedirects()).isFalse();
        assertThat(derived.readTimeoutMillis()).isEqualTo(30_000);
    }
}
