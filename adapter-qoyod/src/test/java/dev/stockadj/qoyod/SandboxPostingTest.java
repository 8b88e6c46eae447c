package dev.stockadj.qoyod;

import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.port.out.PostedDocument;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorRateLimited;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.core.port.out.VendorUnavailable;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import dev.stockadj.qoyod.sandbox.SandboxFailure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Counts posted to the sandbox end to end, including each failure the sandbox can be told to give. */
class SandboxPostingTest extends SandboxedAdapterTest {
    private BigDecimal stock(long product) {
        return sandbox.stock(product, QoyodSandbox.MAIN_WAREHOUSE).orElseThrow();
    }

    @Test
    void aPostedCountLeavesTheSandboxStockEqualToTheCount() {
        PostedDocument posted = adapter.post(Documents.document("12",
                Documents.line("88", "40", "50", "12.50"),
                Documents.line("91", "130", "120", "4.00"),
                Documents.line("93", "7.5", "0", null)));

        assertThat(stock(QoyodSandbox.WIDGET_A)).isEqualByComparingTo("50");
        assertThat(stock(QoyodSandbox.WIDGET_B)).isEqualByComparingTo("120");
        assertThat(stock(QoyodSandbox.WIDGET_C)).isEqualByComparingTo("0");
        assertThat(sandbox.stock(QoyodSandbox.WIDGET_A, QoyodSandbox.BRANCH_STORE)).contains(new BigDecimal("5"));
        assertThat(sandbox.adjustmentIds()).containsExactly(Long.valueOf(posted.id().value()));
        assertThat(sandbox.adjustmentDescriptions()).singleElement().asString().contains(Documents.KEY.value());
        assertThat(posted.response()).contains("\"inventory_adjustment\"").contains("Inventory Gains");
    }

    @Test
    void aRejectedCountLeavesStockUntouchedAndSurfacesEveryMessage() {
        VendorRejected rejected = catchThrowableOfType(VendorRejected.class, () -> adapter.post(Documents.document("77",
                Documents.line("88", "40", "50", "1"),
                Documents.line("999999", "0", "5", "1"),
                Documents.line("99", "0", "2", "1"))));

        assertThat(rejected.errors()).containsExactlyInAnyOrder(
                new FieldError("inventory", "must exist"),
                new FieldError("line_items[1].product", "must exist"),
                new FieldError("line_items[2].product", "does not track quantity"),
                new FieldError("line_items", "is invalid"));
        assertThat(stock(QoyodSandbox.WIDGET_A)).isEqualByComparingTo("40");
        assertThat(sandbox.adjustmentIds()).isEmpty();
    }

    @Test
    void unknownAccountsAreRejectedByName() {
        AdjustmentDocument document = Documents.document("12", Documents.line("88", "40", "41", "1"));
        AdjustmentDocument wrongAccounts = new AdjustmentDocument(0, document.key(), document.vendor(),
                document.countReference(), document.location(), document.date(), document.memo(), document.mode(),
                new Accounts(new AccountId("1"), new AccountId("2")), document.lines());

        assertThatThrownBy(() -> adapter.post(wrongAccounts)).isInstanceOfSatisfying(VendorRejected.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("revenue_account", "must exist"),
                        new FieldError("expense_account", "must exist")));
    }

    @Test
    void storedThenDroppedIsUncertainAndTheStockShowsItArrived() {
        sandbox.failNext(SandboxFailure.STORE_THEN_DROP);

        assertThatThrownBy(() -> adapter.post(Documents.vendorExample()))
                .isInstanceOfSatisfying(VendorUnavailable.class, e -> assertThat(e.maybeSent()).isTrue());
        assertThat(stock(QoyodSandbox.WIDGET_A)).isEqualByComparingTo("50");
        assertThat(sandbox.adjustmentIds()).hasSize(1);
        assertThat(sandbox.requests()).containsExactly("POST /2.0/inventory_adjustments");
    }

    @Test
    void aSlowAnswerBeyondTheReadTimeoutIsUncertain() {
        sandbox.delayNext(Duration.ofSeconds(2));

        try (QoyodAdapter impatient = QoyodAdapter.create(settings().withReadTimeout(Duration.ofMillis(300)))) {
            assertThatThrownBy(() -> impatient.post(Documents.vendorExample()))
                    .isInstanceOfSatisfying(VendorUnavailable.class, e -> assertThat(e.maybeSent()).isTrue());
        }
    }

    @Test
    void eachInjectedFailureMapsToItsKindAndStoresNothing() {
        assertThat(failureOf(SandboxFailure.SERVER_ERROR)).isInstanceOfSatisfying(VendorUnavailable.class,
                e -> assertThat(e.maybeSent()).isTrue());
        assertThat(failureOf(SandboxFailure.SERVICE_UNAVAILABLE)).isInstanceOfSatisfying(VendorUnavailable.class,
                e -> assertThat(e.maybeSent()).isTrue());
        assertThat(failureOf(SandboxFailure.UNAUTHORIZED)).isInstanceOfSatisfying(VendorAuthFailed.class,
                e -> assertThat(e.status()).isEqualTo(401));
        assertThat(failureOf(SandboxFailure.FORBIDDEN)).isInstanceOfSatisfying(VendorAuthFailed.class,
                e -> assertThat(e.status()).isEqualTo(403));
        assertThat(failureOf(SandboxFailure.HTML_PAGE)).isInstanceOf(VendorProtocolError.class);
        assertThat(failureOf(SandboxFailure.PLAIN_TEXT)).isInstanceOf(VendorProtocolError.class);
        assertThat(failureOf(SandboxFailure.UNEXPECTED_JSON)).isInstanceOf(VendorProtocolError.class);
        assertThat(failureOf(SandboxFailure.ERRORS_LIST_422)).isInstanceOfSatisfying(VendorRejected.class,
                e -> assertThat(e.errors()).extracting(FieldError::message)
                        .containsExactly("Inventory is locked for stock taking", "Date is in a closed period"));
        assertThat(sandbox.adjustmentIds()).isEmpty();
        assertThat(stock(QoyodSandbox.WIDGET_A)).isEqualByComparingTo("40");
    }

    /** A 429 is not recorded: the adapter waits its Retry-After out and sends the document again, once. */
    @Test
    void anInjected429IsWaitedOutAndTheDocumentSentAgain() {
        sandbox.failNext(SandboxFailure.RATE_LIMITED);

        PostedDocument posted = adapter.post(Documents.vendorExample());

        assertThat(sandbox.adjustmentIds()).containsExactly(Long.valueOf(posted.id().value()));
        assertThat(clock.sleeps()).singleElement().satisfies(wait ->
                assertThat(wait).isBetween(Duration.ofSeconds(7), Duration.ofSeconds(8)));
    }

    @Test
    void aWrongKeyIsRefused() {
        try (QoyodAdapter wrong = QoyodAdapter.create(QoyodSettings.defaults(sandbox.baseUrl(), new Secret("wrong")))) {
            assertThatThrownBy(() -> wrong.post(Documents.vendorExample())).isInstanceOf(VendorAuthFailed.class);
        }
        assertThat(sandbox.adjustmentIds()).isEmpty();
    }

    @Test
    void theSandboxRateLimitStillRefusingAfterTheRetriesIsRateLimitedWithItsRetryAfter() {
        sandbox.setRequestsPerMinute(2);
        adapter.read(new LocationId("12"), Set.of(new ItemId("88")));
        adapter.read(new LocationId("12"), Set.of(new ItemId("88")));

        assertThatThrownBy(() -> adapter.post(Documents.vendorExample())).isInstanceOfSatisfying(VendorRateLimited.class,
                e -> assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofSeconds(1),
                        Duration.ofSeconds(60))));
        assertThat(sandbox.adjustmentIds()).isEmpty();
    }

    private VendorFailure failureOf(SandboxFailure failure) {
        sandbox.failNext(failure);
        return catchThrowableOfType(VendorFailure.class, () -> adapter.post(Documents.vendorExample()));
    }
}
