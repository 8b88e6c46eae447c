package dev.stockadj.costadj;

import dev.stockadj.plumbing.testing.EchoingVendor;
import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.UserId;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.testing.ManualClock;
import dev.stockadj.core.testing.SecretScan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every message the Foodics adapter can throw, scanned for the configured token: each operation against each
 * failing answer (401, 403, 422, 500, HTML, garbage), the answers echoing the Authorization header each request
 * really carried — and a token that cannot be a header is refused by the settings, named, never shown.
 */
class SecretScanTest {
    private static final String TOKEN = "foodics-scan-token-4140";
    /** Status and body of each failing answer; {echo} becomes the Authorization header the request carried. */
    private static final Map<Integer, String> ANSWERS = Map.of(
            401, "{\"message\": \"Unauthenticated: {echo}\"}",
            403, "Forbidden for {echo}",
            422, "{\"message\": \"{echo}\", \"errors\": {\"{echo}\": [\"{echo} may not write\"]}}",
            500, "<html><body>Server error for {echo}</body></html>",
            200, "<!DOCTYPE html><html><body>Sign in again, {echo}</body></html>",
            400, "\u0000\u0001{echo}\u00ff garbage {");

    private final EchoingVendor vendor = new EchoingVendor(List.of("Authorization"), ANSWERS::get);

    @AfterEach
    void stop() throws IOException {
        vendor.close();
    }

    @Test
    void noFailureOfAnyOperationShowsTheToken() {
        List<Throwable> failures = new ArrayList<>();
        CostAdjustmentId id = new CostAdjustmentId("ca-1");
        try (FoodicsAdapter adapter = FoodicsAdapter.create(FoodicsSettings.defaults(vendor.uri("/v5"),
                new Secret(TOKEN)).withCreatorId(new UserId("u-1")), new ManualClock())) {
            List<Supplier<Object>> operations = List.of(
                    () -> adapter.resolve(Set.of(new Sku("FLOUR-25KG"))),
                    () -> adapter.read(new LocationId("b-1"), Set.of(new ItemId("i-flour-25kg"))),
                    () -> adapter.create(FoodicsRequestsTest.draft(CostAdjustmentStatus.CLOSED)),
                    () -> adapter.get(id),
                    () -> adapter.list(CostAdjustmentFilter.none()),
                    () -> adapter.close(id),
                    () -> {
                        adapter.delete(id);
                        return null;
                    });
            failures.addAll(vendor.failuresOver(ANSWERS.keySet(), operations));
        }

        assertThat(vendor.echoed()).as("every answer echoed the token really sent").isNotEmpty()
                .allSatisfy(sent -> assertThat(sent).isEqualTo("Authorization=Bearer " + TOKEN));
        assertThat(failures).as("most answers fail most operations").hasSizeGreaterThan(ANSWERS.size() * 3)
                .allSatisfy(failure -> {
                    assertThat(failure).isInstanceOf(VendorFailure.class);
                    assertThat(SecretScan.found(failure, List.of(TOKEN))).as(SecretScan.everythingShown(failure))
                            .isEmpty();
                });
    }

    @Test
    void aTokenThatCannotBeAHeaderIsRefusedNamingItWithoutShowingIt() {
        URI home = vendor.uri("/v5");
        for (String bad : List.of("tök-4140-secret", "tok\u0001-4140", "tok\n4140", " tok-4140", "токен-4140")) {
            assertThatThrownBy(() -> FoodicsSettings.defaults(home, new Secret(bad)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Foodics token")
                    .hasMessageNotContaining(bad.strip());
        }
    }
}
