package dev.stockadj.costadj;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.core.model.vendor.ReadBack;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.port.out.ItemResolution;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import dev.stockadj.costadj.sandbox.SeedItem;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** SKU resolution (and how many requests it takes), the branch check and the capabilities. */
class FoodicsItemsTest extends SandboxedAdapterTest {
    private static Set<Sku> seedSkus() {
        return FoodicsSandbox.seedItems().stream().map(i -> new Sku(i.sku())).collect(Collectors.toSet());
    }

    @Test
    void allSeedSkusResolveInOneRequest() {
        ItemResolution resolution = adapter.resolve(seedSkus());

        assertThat(resolution.unknown()).isEmpty();
        for (SeedItem item : FoodicsSandbox.seedItems()) {
            assertThat(resolution.found()).containsEntry(new Sku(item.sku()), new ItemId(item.id()));
        }
        assertThat(sandbox.requestCount()).isEqualTo(1);
        assertThat(sandbox.received().get(0).query()).contains("filter[sku]=CHEESE-2KG,FLOUR-25KG,OIL-5L");
    }

    @Test
    void aPartialSkuDoesNotMatchALongerOne() {
        ItemResolution resolution = adapter.resolve(Set.of(new Sku("FLOUR"), new Sku("OIL-5L")));

        assertThat(resolution.found()).containsOnlyKeys(new Sku("OIL-5L"));
        assertThat(resolution.unknown()).containsExactly(new Sku("FLOUR"));
    }

    @Test
    void whenListsAreNotTakenEachSkuIsAskedAlone() {
        sandbox.skuListsAccepted(false);

        ItemResolution first = adapter.resolve(Set.of(new Sku("OIL-5L"), new Sku("RICE-5KG")));
        int afterFirst = sandbox.requestCount();
        ItemResolution second = adapter.resolve(Set.of(new Sku("SUGAR-10KG"), new Sku("TOMATO-KG")));

        assertThat(first.found()).hasSize(2);
        assertThat(second.found()).hasSize(2);
        assertThat(afterFirst).isEqualTo(3);
        assertThat(sandbox.requestCount() - afterFirst).isEqualTo(2);
    }

    @Test
    void anExistingBranchHasNoProblem() {
        assertThat(adapter.verify(new LocationId(FoodicsSandbox.BRANCH_JEDDAH), Optional.empty())).isEmpty();
    }

    @Test
    void anUnknownBranchIsAProblemNamingIt() {
        assertThat(adapter.verify(new LocationId("b-mars-1"), Optional.empty()))
                .extracting(Problem::message).containsExactly("Foodics has no branch 'b-mars-1'");
    }

    @Test
    void foodicsTakesCostCorrectionsButNoQuantities() {
        VendorCapabilities capabilities = adapter.capabilities();

        assertThat(capabilities.vendor().value()).isEqualTo("foodics");
        assertThat(capabilities.quantityMode()).isEqualTo(QuantityMode.NONE);
        assertThat(capabilities.costOnlyCorrections()).isTrue();
        assertThat(capabilities.readBack()).isEqualTo(ReadBack.BY_SEARCH);
        assertThat(capabilities.delete()).isTrue();
        assertThat(capabilities.binsAndLots()).isFalse();
    }

    @Test
    void onceListsAreKnownToWorkUnknownSkusCostOneRequestPerBatch() {
        adapter.resolve(Set.of(new Sku("OIL-5L"), new Sku("RICE-5KG")));
        sandbox.clearRequests();
        Set<Sku> unknown = new HashSet<>();
        for (int i = 0; i < 120; i++) {
            unknown.add(new Sku("NOPE-" + i));
        }

        ItemResolution resolution = adapter.resolve(unknown);

        assertThat(resolution.unknown()).hasSize(120);
        assertThat(sandbox.requestCount()).isEqualTo(3);
    }
}
