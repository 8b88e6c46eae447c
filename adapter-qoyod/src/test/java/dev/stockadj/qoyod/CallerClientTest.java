package dev.stockadj.qoyod;

import dev.stockadj.plumbing.testing.CallerClient;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.port.out.PostedDocument;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorUnavailable;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * An adapter built on the caller's OkHttp client: the caller's interceptor sees every request (without the
 * credential), the caller's retries and redirects stay off, and closing the adapter leaves the caller's
 * dispatcher and connection pool running. (How the adapter's client is derived from the caller's is
 * adapter-plumbing's {@code VendorClientTest}.)
 */
class CallerClientTest {
    /** A caller's client built to retry and follow redirects, as OkHttp does by default, recording what it sees. */
    private final CallerClient callers = new CallerClient();
    private final OkHttpClient caller = callers.client();

    @Test
    void aCountPostedOnTheCallersClientPassesItsInterceptorAndLeavesItsPoolRunning() throws Exception {
        try (QoyodSandbox sandbox = QoyodSandbox.start(0)) {
            QoyodAdapter adapter = QoyodAdapter.create(QoyodSettings.defaults(sandbox.baseUrl(), sandbox.apiKey())
                    .withHttpClient(caller).withClock(Clock.fixed(Instant.parse("2026-05-18T08:00:00Z"), ZoneOffset.UTC)));
            assertThat(adapter.resolve(Set.of(new Sku("WID-A"))).found()).containsValue(new ItemId("88"));
            PostedDocument posted = adapter.post(Documents.vendorExample());

            assertThat(sandbox.adjustmentIds()).containsExactly(Long.valueOf(posted.id().value()));
            assertThat(sandbox.stock(QoyodSandbox.WIDGET_A, QoyodSandbox.MAIN_WAREHOUSE)).contains(new BigDecimal("50"));
            assertThat(callers.seen()).as("the caller's interceptor saw every request").hasSize(sandbox.requests().size())
                    .extracting(r -> r.method() + " " + r.url().encodedPath()).contains("POST /2.0/inventory_adjustments");
            assertThat(callers.seen()).as("before the credential is added").allSatisfy(r -> {
                assertThat(r.header("API-KEY")).isNull();
                assertThat(r.header("Authorization")).isNull();
            });
            assertThat(sandbox.credentialHeaders()).as("while the sandbox got it").isNotEmpty().containsOnly("API-KEY");

            callers.assertOutlives(adapter, sandbox.baseUrl() + "/inventories", 401);
        }
    }

    @Test
    void theCallersClientFollowsARedirectTheAdapterDoesNot() throws Exception {
        Throwable failure = callers.assertRedirectNotFollowed("/2.0", base -> {
            try (QoyodAdapter adapter = QoyodAdapter.create(QoyodSettings.defaults(base,
                    new Secret("caller-test-key")).withHttpClient(caller))) {
                return catchThrowable(() -> adapter.read(new LocationId("12"), Set.of(new ItemId("88"))));
            }
        });

        assertThat(failure).isInstanceOf(VendorFailure.class);
    }

    @Test
    void aPostWhoseConnectionDropsIsSentOnceAndUncertainOnARetryingCallersClient() throws Exception {
        Throwable failure = callers.assertDroppedWriteSentOnce("/2.0", base -> {
            try (QoyodAdapter adapter = QoyodAdapter.create(QoyodSettings.defaults(base,
                    new Secret("caller-test-key")).withHttpClient(caller))) {
                return catchThrowable(() -> adapter.post(Documents.vendorExample()));
            }
        });

        assertThat(failure).isInstanceOfSatisfying(VendorUnavailable.class, u -> assertThat(u.maybeSent()).isTrue());
    }
}
