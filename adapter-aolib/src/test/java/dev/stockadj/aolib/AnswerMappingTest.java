package dev.stockadj.aolib;

import dev.stockadj.aolib.sandbox.OrderTimeSeed;
import dev.stockadj.plumbing.http.Exchange;
import dev.stockadj.aolib.sandbox.SandboxFailure;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.VendorDocumentId;
import dev.stockadj.core.port.out.PostedDocument;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorNotFound;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorRateLimited;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.core.port.out.VendorUnavailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** How every answer of Order Time (the sandbox made to fail) is mapped; nothing is ever retried. */
class AnswerMappingTest extends SandboxedAdapterTest {
    private AdjustmentDocument widgetGain() {
        return Fixtures.document(Fixtures.line(Fixtures.at(OrderTimeSeed.WIDGET, null, null), "40", "43"));
    }

    private VendorFailure postFailing(SandboxFailure failure) {
        sandbox.failNextAdjustmentPost(failure);
        return catchThrowableOfType(VendorFailure.class, () -> adapter.post(widgetGain()));
    }

    private BigDecimal widgets() {
        return sandbox.onHand(OrderTimeSeed.WIDGET, OrderTimeSeed.HQ);
    }

    @Test
    void anAcceptedDocumentKeepsTheDocNoAndTheWholeAnswer() {
        PostedDocument posted = adapter.post(widgetGain());

        assertThat(posted.id().value()).isEqualTo("1001");
        assertThat(posted.response()).contains("\"DocNo\":1001", "Inventory Gain");
        assertThat(widgets()).isEqualByComparingTo("43");
    }

    @Test
    void validationResultsBecomeARejectionWithEveryEntry() {
        var bad = Fixtures.document(Fixtures.line(Fixtures.at(999_999, null, null), "0", "1"),
                Fixtures.line(Fixtures.at(OrderTimeSeed.SALINE, null, null), "0", "2"));

        VendorRejected rejected = catchThrowableOfType(VendorRejected.class, () -> adapter.post(bad));

        assertThat(rejected.errors()).extracting(e -> e.field())
                .containsExactlyInAnyOrder("LineItems[0].ItemRef", "LineItems[1].Details");
        assertThat(rejected.errors().get(0).message()).contains("Item not found", "999999");
        assertThat(sandbox.adjustmentCount()).isZero();
    }

    @Test
    void stockThatWouldGoNegativeIsRejected() {
        var tooMuch = Fixtures.document(Fixtures.line(Fixtures.at(OrderTimeSeed.WIDGET, null, null), "50", "0"));

        VendorRejected rejected = catchThrowableOfType(VendorRejected.class, () -> adapter.post(tooMuch));

        assertThat(rejected.getMessage()).contains("Not enough stock");
        assertThat(widgets()).isEqualByComparingTo("40");
    }

    @Test
    void aBadRequestInTextIsARejection() {
        VendorFailure failure = postFailing(SandboxFailure.BAD_REQUEST_TEXT);

        assertThat(failure).isInstanceOfSatisfying(VendorRejected.class,
                r -> assertThat(r.errors().get(0).message()).contains("could not be processed"));
    }

    @Test
    void aBadRequestInJsonIsARejectionWithItsMessage() {
        VendorFailure failure = postFailing(SandboxFailure.BAD_REQUEST_JSON);

        assertThat(failure).isInstanceOfSatisfying(VendorRejected.class,
                r -> assertThat(r.errors().get(0).message()).isEqualTo("The request is invalid."));
    }

    @ParameterizedTest
    @EnumSource(value = SandboxFailure.class, names = {"UNAUTHORIZED", "FORBIDDEN"})
    void refusedCredentialsAreAnAuthFailureSentOnce(SandboxFailure refusal) {
        VendorFailure failure = postFailing(refusal);

        assertThat(failure).isInstanceOfSatisfying(VendorAuthFailed.class,
                f -> assertThat(f.status()).isEqualTo(refusal == SandboxFailure.UNAUTHORIZED ? 401 : 403));
        assertThat(sandbox.requestCount("POST", "/adjustment")).isEqualTo(1);
    }

    @Test
    void wrongCredentialsAreAnAuthFailure() {
        try (var wrong = OrderTimeAdapter.create(Fixtures.settings(sandbox.baseUrl(), sandbox.apiKey(), sandbox.email(),
                new dev.stockadj.core.model.Secret("not-the-password")))) {
            assertThatThrownBy(() -> wrong.read(Fixtures.HQ, Set.of(Fixtures.item(OrderTimeSeed.WIDGET))))
                    .isInstanceOfSatisfying(VendorAuthFailed.class, f -> assertThat(f.status()).isEqualTo(401));
        }
    }

    /** A 429 is not recorded: it is waited out and sent again; one that lasts is rate limited with its Retry-After. */
    @Test
    void tooManyRequestsIsARateLimitWithItsRetryAfter() {
        for (int i = 0; i < Exchange.RATE_LIMIT_RETRIES; i++) {
            sandbox.failNextAdjustmentPost(SandboxFailure.RATE_LIMITED);
        }
        VendorFailure failure = postFailing(SandboxFailure.RATE_LIMITED);

        assertThat(failure).isInstanceOfSatisfying(VendorRateLimited.class,
                r -> assertThat(r.retryAfter()).contains(Duration.ofSeconds(7)));
        assertThat(sandbox.requestCount("POST", "/adjustment")).isEqualTo(1 + Exchange.RATE_LIMIT_RETRIES);
        assertThat(sandbox.adjustmentCount()).isZero();
    }

    @Test
    void aSingle429IsWaitedOutAndTheDocumentSentAgain() {
        sandbox.failNextAdjustmentPost(SandboxFailure.RATE_LIMITED);

        adapter.post(widgetGain());

        assertThat(sandbox.adjustmentCount()).isEqualTo(1);
        assertThat(clock.sleeps()).singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ofSeconds(7), Duration.ofSeconds(8)));
    }

    @ParameterizedTest
    @EnumSource(value = SandboxFailure.class, names = {"SERVER_ERROR", "SERVICE_UNAVAILABLE"})
    void aServerErrorOnAWriteMayHaveBeenSent(SandboxFailure error) {
        VendorFailure failure = postFailing(error);

        assertThat(failure).isInstanceOfSatisfying(VendorUnavailable.class, u -> assertThat(u.maybeSent()).isTrue());
        assertThat(sandbox.requestCount("POST", "/adjustment")).isEqualTo(1);
    }

    /** The one rule: a 5xx answer means the request arrived, read or write (a read records nothing either way). */
    @Test
    void aServerErrorOnAReadIsUnavailableAndArrived() {
        sandbox.failNext("POST", "/list", SandboxFailure.SERVER_ERROR);

        assertThatThrownBy(() -> adapter.read(Fixtures.HQ, Set.of(Fixtures.item(OrderTimeSeed.WIDGET))))
                .isInstanceOfSatisfying(VendorUnavailable.class, u -> assertThat(u.maybeSent()).isTrue());
        assertThat(sandbox.requestCount("POST", "/list")).as("Order Time's reads are not retried").isEqualTo(1);
    }

    @Test
    void aDroppedConnectionAfterStoringMayHaveBeenSentAndIsFoundByKey() {
        AdjustmentDocument document = widgetGain();
        sandbox.failNextAdjustmentPost(SandboxFailure.STORE_THEN_DROP);

        VendorUnavailable failure = catchThrowableOfType(VendorUnavailable.class, () -> adapter.post(document));

        assertThat(failure.maybeSent()).isTrue();
        assertThat(sandbox.requestCount("POST", "/adjustment")).as("never retried").isEqualTo(1);
        assertThat(sandbox.adjustmentCount()).isEqualTo(1);
        assertThat(adapter.find(document)).map(p -> p.id().value()).contains("1001");
    }

    @Test
    void aTimeoutAfterWritingMayHaveBeenSent() throws InterruptedException {
        AdjustmentDocument document = widgetGain();
        sandbox.slowDelay(Duration.ofMillis(1500));
        sandbox.failNextAdjustmentPost(SandboxFailure.SLOW);
        try (var impatient = OrderTimeAdapter.create(Fixtures.settings(sandbox).withReadTimeout(Duration.ofMillis(300)))) {
            VendorUnavailable failure = catchThrowableOfType(VendorUnavailable.class, () -> impatient.post(document));

            assertThat(failure.maybeSent()).isTrue();
        }
        awaitAdjustments(1);
        assertThat(adapter.find(document)).isPresent();
    }

    @ParameterizedTest
    @EnumSource(value = SandboxFailure.class, names = {"HTML", "MALFORMED_JSON"})
    void anUnreadableAnswerIsAProtocolError(SandboxFailure garbage) {
        assertThat(postFailing(garbage)).isInstanceOf(VendorProtocolError.class);
    }

    @Test
    void aRefusedConnectionSentNothing() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (var nowhere = OrderTimeAdapter.create(Fixtures.settings(URI.create("http://127.0.0.1:" + port + "/api"),
                sandbox.apiKey(), sandbox.email(), sandbox.password()))) {
            VendorUnavailable failure = catchThrowableOfType(VendorUnavailable.class, () -> nowhere.post(widgetGain()));

            assertThat(failure.maybeSent()).isFalse();
        }
    }

    @Test
    void readAndDeleteByDocNoUndoTheDocument() {
        PostedDocument posted = adapter.post(widgetGain());

        assertThat(adapter.read(posted.id())).map(PostedDocument::id).contains(posted.id());
        adapter.delete(posted.id());

        assertThat(widgets()).isEqualByComparingTo("40");
        assertThat(adapter.read(posted.id())).isEmpty();
        assertThatThrownBy(() -> adapter.delete(posted.id())).isInstanceOf(VendorNotFound.class);
    }

    @Test
    void aDocumentNeverSentIsNotFound() {
        adapter.post(widgetGain());

        assertThat(adapter.find(widgetGain())).isEmpty();
        assertThat(adapter.read(new VendorDocumentId("4242"))).isEmpty();
    }

    private void awaitAdjustments(int count) throws InterruptedException {
        for (int i = 0; i < 100 && sandbox.adjustmentCount() < count; i++) {
            Thread.sleep(50);
        }
        assertThat(sandbox.adjustmentCount()).isEqualTo(count);
    }

}
