package dev.stockadj.costadj;

import dev.stockadj.plumbing.testing.CallerClient;
import dev.stockadj.core.model.cost.CostLine;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.port.in.CostCorrectionCommand;
import dev.stockadj.core.port.in.CostCorrectionReport;
import dev.stockadj.core.port.in.CostCorrectionResult;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorUnavailable;
import dev.stockadj.core.port.out.VendorPorts;
import dev.stockadj.core.service.CorrectCostsService;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * An adapter built on the caller's OkHttp client: the caller's interceptor sees every request (without the
 * token), the caller's retries and redirects stay off, and closing the adapter leaves the caller's dispatcher
 * and connection pool running. (How the adapter's client is derived from the caller's is adapter-plumbing's
 * {@code VendorClientTest}.)
 */
class CallerClientTest {
    /** A caller's client built to retry and follow redirects, as OkHttp does by default, recording what it sees. */
    private final CallerClient callers = new CallerClient();
    private final OkHttpClient caller = callers.client();

    @Test
    void aCostCorrectionOnTheCallersClientPassesItsInterceptorAndLeavesItsPoolRunning() throws Exception {
        try (FoodicsSandbox sandbox = FoodicsSandbox.start(0)) {
            FoodicsAdapter adapter = FoodicsAdapter.create(FoodicsSettings.defaults(sandbox.baseUrl(), sandbox.token())
                    .withHttpClient(caller).withClock(Clock.fixed(Instant.parse("2026-05-18T08:00:00Z"), ZoneOffset.UTC)));
            CostCorrectionResult result = new CorrectCostsService(VendorPorts.costs(adapter))
                    .correct(new CostCorrectionCommand(new LocationId(FoodicsSandbox.BRANCH_RIYADH), LocalDate.of(2026, 5, 18),
                            "supplier price list", false, Currency.getInstance("SAR"),
                            List.of(new CostLine(1, new ItemId(FoodicsSandbox.ITEM_FLOUR), UnitCost.of("44.00")))));

            assertThat(result).isInstanceOfSatisfying(CostCorrectionReport.class,
                    r -> assertThat(r.adjustment().status()).isEqualTo(CostAdjustmentStatus.CLOSED));
            assertThat(sandbox.costAt(FoodicsSandbox.BRANCH_RIYADH, FoodicsSandbox.ITEM_FLOUR)).isEqualByComparingTo(new BigDecimal("44.00"));
            assertThat(callers.seen()).as("the caller's interceptor saw every request").hasSize(sandbox.requestCount())
                    .anySatisfy(r -> assertThat(r.method()).isEqualTo("POST"));
            assertThat(callers.seen()).as("before the token is added").allSatisfy(r -> assertThat(r.header("Authorization")).isNull());
            assertThat(sandbox.received()).as("while the sandbox got it").isNotEmpty()
                    .allSatisfy(r -> assertThat(r.authenticated()).isTrue());

            callers.assertOutlives(adapter, sandbox.baseUrl() + "/whoami", 401);
        }
    }

    @Test
    void theCallersClientFollowsARedirectTheAdapterDoesNot() throws Exception {
        Throwable failure = callers.assertRedirectNotFollowed("/v5", base -> {
            try (FoodicsAdapter adapter = FoodicsAdapter.create(FoodicsSettings.defaults(base,
                    new Secret("caller-test-token")).withHttpClient(caller))) {
                return catchThrowable(() -> adapter.create(FoodicsRequestsTest.draft(CostAdjustmentStatus.CLOSED)));
            }
        });

        assertThat(failure).isInstanceOf(VendorFailure.class);
    }

    @Test
    void aWriteWhoseConnectionDropsIsSentOnceAndUncertainOnARetryingCallersClient() throws Exception {
        Throwable failure = callers.assertDroppedWriteSentOnce("/v5", base -> {
            try (FoodicsAdapter adapter = FoodicsAdapter.create(FoodicsSettings.defaults(base,
                    new Secret("caller-test-token")).withCreatorId(new dev.stockadj.core.model.UserId("u-1"))
                    .withHttpClient(caller))) {
                return catchThrowable(() -> adapter.create(FoodicsRequestsTest.draft(CostAdjustmentStatus.CLOSED)));
            }
        });

        assertThat(failure).isInstanceOfSatisfying(VendorUnavailable.class, u -> assertThat(u.maybeSent()).isTrue());
    }
}
