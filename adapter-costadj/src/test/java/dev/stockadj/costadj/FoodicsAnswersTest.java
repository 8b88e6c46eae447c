package dev.stockadj.costadj;

import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.UserId;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorNotFound;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorRateLimited;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.core.port.out.VendorUnavailable;
import dev.stockadj.costadj.sandbox.Fault;
import dev.stockadj.plumbing.http.Exchange;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** How every kind of Foodics answer is mapped, against the sandbox over loopback. */
class FoodicsAnswersTest extends SandboxedAdapterTest {
    @Override
    protected FoodicsSettings settings(FoodicsSandbox started) {
        return Sandboxes.settingsWithCreator(started);
    }

    private static final CostAdjustmentId UNKNOWN = new CostAdjustmentId("ca-unknown");
    private static final LocationId RIYADH = new LocationId(FoodicsSandbox.BRANCH_RIYADH);

    private static CostAdjustmentDraft draft(String branch, String item) {
        return new CostAdjustmentDraft(new LocationId(branch), LocalDate.of(2026, 5, 18), CostAdjustmentStatus.DRAFT,
                "answers", Optional.of("sa1-00000000000000000000beef"),
                List.of(new CostItem(new ItemId(item), UnitCost.of("10.5"))));
    }

    private static CostAdjustmentDraft good() {
        return draft(FoodicsSandbox.BRANCH_RIYADH, FoodicsSandbox.ITEM_FLOUR);
    }

    private static void assertNoToken(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(FoodicsSandbox.TOKEN);
        }
    }

    @Test
    void validationErrorsAreRejectedWithEveryFieldMessage() {
        Throwable thrown = catchThrowable(() -> adapter.create(draft("b-nowhere", "i-nothing")));

        assertThat(thrown).isInstanceOfSatisfying(VendorRejected.class, e -> assertThat(e.errors()).containsExactly(
                new FieldError("branch_id", "The selected branch id is invalid."),
                new FieldError("items.0.id", "The selected items.0.id is invalid.")));
        assertThat(thrown.getMessage()).contains("branch_id").contains("items.0.id");
        assertThat(sandbox.adjustmentCount()).isZero();
    }

    @Test
    void aBadRequestIsRejectedWithTheVendorsMessage() {
        sandbox.failNext(Fault.BAD_REQUEST);

        assertThatThrownBy(() -> adapter.create(good())).isInstanceOfSatisfying(VendorRejected.class,
                e -> assertThat(e.errors()).extracting(FieldError::message)
                        .containsExactly("The request could not be understood."));
        assertThat(sandbox.requestCount()).isEqualTo(1);
    }

    @Test
    void aWrongTokenFailsAuthenticationOnceAndIsNotRetriedNorShown() {
        FoodicsAdapter wrong = FoodicsAdapter.create(FoodicsSettings.defaults(sandbox.baseUrl(),
                new Secret("not-the-token")), clock);

        Throwable thrown = catchThrowable(() -> wrong.get(UNKNOWN));

        assertThat(thrown).isInstanceOfSatisfying(VendorAuthFailed.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThat(thrown.getMessage()).doesNotContain("not-the-token");
        assertThat(sandbox.requestCount()).isEqualTo(1);
        wrong.close();
    }

    @Test
    void forbiddenOnAWriteIsAuthFailedAfterExactlyOneRequest() {
        sandbox.failNext(Fault.FORBIDDEN, 3);

        Throwable thrown = catchThrowable(() -> adapter.create(good()));

        assertThat(thrown).isInstanceOfSatisfying(VendorAuthFailed.class, e -> assertThat(e.status()).isEqualTo(403));
        assertNoToken(thrown);
        assertThat(sandbox.requestCount()).isEqualTo(1);
    }

    @Test
    void unauthorizedOnAReadIsNotRetried() {
        sandbox.failNext(Fault.UNAUTHORIZED, 3);

        assertThatThrownBy(() -> adapter.list(CostAdjustmentFilter.none())).isInstanceOf(VendorAuthFailed.class);
        assertThat(sandbox.requestCount()).isEqualTo(1);
    }

    @Test
    void anUnknownAdjustmentIsEmptyOnGetAndNotFoundOnDeleteUpdateAndClose() {
        assertThat(adapter.get(UNKNOWN)).isEmpty();
        assertThatThrownBy(() -> adapter.delete(UNKNOWN)).isInstanceOf(VendorNotFound.class);
        assertThatThrownBy(() -> adapter.update(UNKNOWN, good())).isInstanceOf(VendorNotFound.class);
        assertThatThrownBy(() -> adapter.close(UNKNOWN)).isInstanceOf(VendorNotFound.class);
    }

    @Test
    void aRateLimitedReadIsWaitedOutWithRetryAfter() {
        sandbox.injectedRetryAfter(Duration.ofSeconds(7));
        sandbox.failNext(Fault.RATE_LIMITED, 3);

        assertThat(adapter.list(CostAdjustmentFilter.none())).isEmpty();

        assertThat(sandbox.rateLimitedCount()).isEqualTo(3);
        assertThat(sandbox.requestCount()).isEqualTo(4);
        assertThat(clock.sleeps()).as("each Retry-After, and the limiter's margin at a window edge").hasSize(3)
                .allSatisfy(wait -> assertThat(wait).isBetween(Duration.ofSeconds(7), Duration.ofMillis(7_600)));
    }

    @Test
    void aRateLimitedWriteWasNotStoredAndIsSentAgainAfterRetryAfter() {
        sandbox.injectedRetryAfter(Duration.ofSeconds(4));
        sandbox.failNext(Fault.RATE_LIMITED);

        CostAdjustment created = adapter.create(good());

        assertThat(created.status()).isEqualTo(CostAdjustmentStatus.DRAFT);
        assertThat(sandbox.adjustmentCount()).isEqualTo(1);
        assertThat(clock.sleeps()).singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ofSeconds(4), Duration.ofMillis(4_600)));
    }

    @Test
    void aLastingRateLimitGivesUpAfterFourAttemptsWithTheRetryAfter() {
        sandbox.injectedRetryAfter(Duration.ofSeconds(9));
        sandbox.failNext(Fault.RATE_LIMITED, 20);

        Throwable thrown = catchThrowable(() -> adapter.get(UNKNOWN));

        assertThat(thrown).isInstanceOfSatisfying(VendorRateLimited.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(9)));
        assertThat(sandbox.requestCount()).isEqualTo(1 + Exchange.RATE_LIMIT_RETRIES);
    }

    @Test
    void aServerErrorOnAWriteMayHaveBeenSentAndIsNotRetried() {
        sandbox.failNext(Fault.SERVER_ERROR);

        assertThatThrownBy(() -> adapter.create(good()))
                .isInstanceOfSatisfying(VendorUnavailable.class, e -> assertThat(e.maybeSent()).isTrue());
        assertThat(sandbox.requestCount()).isEqualTo(1);
    }

    @Test
    void serverErrorsOnAReadAreRetriedWithBackOff() {
        sandbox.failNext(Fault.UNAVAILABLE, Fault.SERVER_ERROR);

        assertThat(adapter.get(UNKNOWN)).isEmpty();

        assertThat(sandbox.requestCount()).isEqualTo(3);
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aReadThatKeepsFailingGivesUpAsUnavailable() {
        sandbox.failNext(Fault.SERVER_ERROR, 10);

        assertThatThrownBy(() -> adapter.get(UNKNOWN)).isInstanceOf(VendorUnavailable.class);
        assertThat(sandbox.requestCount()).isEqualTo(1 + FoodicsAdapter.READ_RETRIES);
    }

    @Test
    void aWriteThatTimesOutMayHaveBeenSent() {
        FoodicsAdapter impatient = FoodicsAdapter.create(Sandboxes.settingsWithCreator(sandbox)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)), clock);
        sandbox.slowDelay(Duration.ofMillis(1200));
        sandbox.failNext(Fault.SLOW);

        Throwable thrown = catchThrowable(() -> impatient.create(good()));

        assertThat(thrown).isInstanceOfSatisfying(VendorUnavailable.class,
                e -> assertThat(e.maybeSent()).isTrue());
        assertNoToken(thrown);
        impatient.close();
    }

    @Test
    void aReadThatTimesOutIsRetried() {
        FoodicsAdapter impatient = FoodicsAdapter.create(Sandboxes.settingsWithCreator(sandbox)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)), clock);
        sandbox.slowDelay(Duration.ofMillis(1200));
        sandbox.failNext(Fault.SLOW);

        assertThat(impatient.verify(RIYADH, Optional.empty())).isEmpty();
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1));
        impatient.close();
    }

    @Test
    void aRefusedConnectionWasSurelyNotSent() {
        FoodicsSandbox gone = FoodicsSandbox.start(0);
        FoodicsSettings settings = FoodicsSettings.defaults(gone.baseUrl(), gone.token())
                .withCreatorId(new UserId(FoodicsSandbox.USER));
        gone.close();
        FoodicsAdapter refused = FoodicsAdapter.create(settings, clock);

        assertThatThrownBy(() -> refused.create(good()))
                .isInstanceOfSatisfying(VendorUnavailable.class, e -> assertThat(e.maybeSent()).isFalse());
        refused.close();
    }

    @Test
    void anHtmlPageIsAProtocolError() {
        sandbox.failNext(Fault.HTML);

        assertThatThrownBy(() -> adapter.get(UNKNOWN)).isInstanceOf(VendorProtocolError.class);
        assertThat(sandbox.requestCount()).isEqualTo(1);
    }

    @Test
    void malformedJsonIsAProtocolError() {
        sandbox.failNext(Fault.MALFORMED_JSON);

        assertThatThrownBy(() -> adapter.create(good())).isInstanceOf(VendorProtocolError.class);
    }

    @Test
    void aWriteStoredThenDroppedIsUncertainAndFoundAgainByReference() {
        sandbox.failNext(Fault.STORE_THEN_DROP);

        assertThatThrownBy(() -> adapter.create(good()))
                .isInstanceOfSatisfying(VendorUnavailable.class, e -> assertThat(e.maybeSent()).isTrue());

        List<CostAdjustment> found = adapter.list(CostAdjustmentFilter.none()
                .withReference("sa1-00000000000000000000beef"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).items()).extracting(i -> i.item().value()).containsExactly(FoodicsSandbox.ITEM_FLOUR);
        assertThat(sandbox.requestCount()).isEqualTo(2);
    }
}
