package dev.stockadj.aolib;

import dev.stockadj.plumbing.testing.CallerClient;
import dev.stockadj.aolib.sandbox.OrderTimeSandbox;
import dev.stockadj.aolib.sandbox.OrderTimeSeed;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.port.out.PostedDocument;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorUnavailable;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * An adapter built on the caller's OkHttp client: the caller's interceptor sees every request (without the
 * credentials), the caller's retries and redirects stay off, and closing the adapter leaves the caller's
 * dispatcher and connection pool running.
 */
class CallerClientTest {
    /** A caller's client built to retry and follow redirects, as OkHttp does by default, recording what it sees. */
    private final CallerClient callers = new CallerClient();
    private final OkHttpClient caller = callers.client();

    private static OrderTimeSettings settings(URI baseUrl) {
        return Fixtures.settings(baseUrl, new Secret("caller-test-key"), "me@shop.example", new Secret("caller-test-pw"));
    }

    @Test
    void anAdjustmentPostedOnTheCallersClientPassesItsInterceptorAndLeavesItsPoolRunning() throws Exception {
        try (OrderTimeSandbox sandbox = OrderTimeSandbox.start(0)) {
            OrderTimeAdapter adapter = OrderTimeAdapter.create(Fixtures.settings(sandbox).withHttpClient(caller)
                    .withClock(Clock.fixed(Instant.parse("2026-05-18T08:00:00Z"), ZoneOffset.UTC)));
            PostedDocument posted = adapter.post(Fixtures.document(
                    Fixtures.line(Position.of(Fixtures.item(OrderTimeSeed.WIDGET)), "40", "37")));

            assertThat(adapter.read(posted.id())).isPresent();
            assertThat(sandbox.onHand(OrderTimeSeed.WIDGET, OrderTimeSeed.HQ)).isEqualByComparingTo("37");
            assertThat(callers.seen()).as("the caller's interceptor saw every request").hasSize(sandbox.requestCount())
                    .extracting(Request::method).contains("POST", "GET");
            assertThat(callers.seen()).as("before the credentials are added").allSatisfy(r -> {
                assertThat(r.header("apiKey")).isNull();
                assertThat(r.header("password")).isNull();
            });

            callers.assertOutlives(adapter, sandbox.baseUrl() + "/adjustment?docNo=1", 401);
        }
    }

    @Test
    void theCallersClientFollowsARedirectTheAdapterDoesNot() throws Exception {
        Throwable failure = callers.assertRedirectNotFollowed("/api", base -> {
            try (OrderTimeAdapter adapter = OrderTimeAdapter.create(settings(base).withHttpClient(caller))) {
                return catchThrowable(() -> adapter.read(new dev.stockadj.core.model.VendorDocumentId("7")));
            }
        });

        assertThat(failure).isInstanceOf(VendorFailure.class);
    }

    @Test
    void aPostWhoseConnectionDropsIsSentOnceAndUncertainOnARetryingCallersClient() throws Exception {
        Throwable failure = callers.assertDroppedWriteSentOnce("/api", base -> {
            try (OrderTimeAdapter adapter = OrderTimeAdapter.create(settings(base).withHttpClient(caller))) {
                return catchThrowable(() -> adapter.post(Fixtures.document(
                        Fixtures.line(Position.of(Fixtures.item(OrderTimeSeed.WIDGET)), "40", "37"))));
            }
        });

        assertThat(failure).isInstanceOfSatisfying(VendorUnavailable.class, u -> assertThat(u.maybeSent()).isTrue());
    }

}
