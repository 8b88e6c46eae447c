package dev.stockadj.costadj;

import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import dev.stockadj.plumbing.sandbox.SandboxRequest;
import dev.stockadj.costadj.sandbox.Variant;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Without a configured creator, {@code creator_id} is asked of {@code GET /whoami}: in the shape
 * Foodics answers ({@code data.user.id}), in the plausible flat one ({@code data.id}), and a
 * clear way out when neither carries an id or the token may not ask.
 */
class FoodicsWhoamiTest extends SandboxedAdapterTest {
    private static final LocationId RIYADH = new LocationId(FoodicsSandbox.BRANCH_RIYADH);

    private static CostAdjustmentDraft closedOil() {
        return oil("sa1-cccccccccccccccccccccccc");
    }

    private static CostAdjustmentDraft oil(String key) {
        return new CostAdjustmentDraft(RIYADH, LocalDate.of(2026, 5, 18), CostAdjustmentStatus.CLOSED, "",
                Optional.of(key),
                List.of(new CostItem(new ItemId(FoodicsSandbox.ITEM_OIL), UnitCost.of("33.1"))));
    }

    /** How many adjustments the sandbox holds with this creator (and poster), asked over HTTP. */
    private String createdBy(String user) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl()
                        + "/cost_adjustments?filter%5Bcreator_id%5D=" + user + "&filter%5Bposter_id%5D=" + user))
                .header("Authorization", "Bearer " + sandbox.token().reveal()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private List<String> paths() {
        return sandbox.received().stream().map(SandboxRequest::path).toList();
    }

    @Test
    void theCreatorIsTheUserFoodicsNestsUnderDataUser() throws Exception {
        CostAdjustment created = adapter.create(closedOil());
        adapter.create(oil("sa1-eeeeeeeeeeeeeeeeeeeeeeee").withStatus(CostAdjustmentStatus.DRAFT));

        assertThat(created.status()).isEqualTo(CostAdjustmentStatus.CLOSED);
        assertThat(paths()).filteredOn("/whoami"::equals).as("asked once").hasSize(1);
        assertThat(createdBy(FoodicsSandbox.USER)).contains(created.id().value());
    }

    @Test
    void theCreatorIsReadAtDataIdToo() throws Exception {
        sandbox.vary(Variant.WHOAMI_FLAT);

        CostAdjustment created = adapter.create(closedOil());

        assertThat(paths()).contains("/whoami");
        assertThat(createdBy(FoodicsSandbox.USER)).contains(created.id().value());
    }

    @Test
    void aWhoamiWithoutAnyIdFailsNamingTheSettingAndWritesNothing() {
        sandbox.vary(Variant.WHOAMI_WITHOUT_ID);

        assertThatThrownBy(() -> adapter.create(closedOil())).isInstanceOf(VendorProtocolError.class)
                .hasMessageContaining("no user id").hasMessageContaining("foodics.creator-id")
                .hasNoCause();
        assertThat(sandbox.adjustmentCount()).isZero();
        assertThat(paths()).containsExactly("/whoami");
    }

    @Test
    void aWhoamiRefusedForItsScopeNamesTheSetting() {
        sandbox.vary(Variant.NO_GENERAL_READ);

        assertThatThrownBy(() -> adapter.create(closedOil())).isInstanceOfSatisfying(VendorAuthFailed.class,
                e -> assertThat(e.status()).isEqualTo(403))
                .hasMessageContaining("general.read").hasMessageContaining("foodics.creator-id");
        assertThat(sandbox.adjustmentCount()).isZero();
    }

    @Test
    void aConfiguredCreatorNeedsNoWhoamiEvenWhenTheTokenMayNotAsk() {
        sandbox.vary(Variant.NO_GENERAL_READ);
        try (FoodicsAdapter configured = FoodicsAdapter.create(Sandboxes.settingsWithCreator(sandbox), clock)) {
            assertThat(configured.verify(RIYADH, Optional.empty())).as("branch check left to Foodics").isEmpty();
            CostAdjustment created = configured.create(closedOil());

            assertThat(created.items()).singleElement()
                    .satisfies(i -> assertThat(i.previousCostPerUnit()).contains(UnitCost.of("31.75")));
        }
        assertThat(paths()).doesNotContain("/whoami");
    }
}
