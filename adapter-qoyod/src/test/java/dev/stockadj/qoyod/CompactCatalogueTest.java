package dev.stockadj.qoyod;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.port.out.PostedDocument;
import dev.stockadj.qoyod.dto.ProductDto;
import dev.stockadj.qoyod.dto.ProductStockDto;
import dev.stockadj.qoyod.sandbox.QoyodSandbox;
import com.fasterxml.jackson.databind.node.BooleanNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a planning keeps per catalogue product (issue 11: a million products did not fit in a 512 MB heap while
 * their whole answers were kept): only the fields the adapter uses, inventory ids shared, and buying prices kept
 * from the last planning only, not for the adapter's lifetime.
 */
class CompactCatalogueTest {

    @Test
    void aProductKeepsOnlyWhatPlanningUsesNeverTheAnswersRecordsOrLists() {
        RecordComponent[] components = CatalogProduct.class.getRecordComponents();

        assertThat(Arrays.stream(components).map(RecordComponent::getName))
                .containsExactly("id", "sku", "barcode", "tracked", "buyingPrice", "stocks");
        assertThat(Arrays.stream(components).map(RecordComponent::getType)).allSatisfy(type -> {
            assertThat(type.getPackageName()).isNotEqualTo(ProductDto.class.getPackageName());
            assertThat(Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)).isFalse();
            assertThat(type.getName()).doesNotStartWith("com.fasterxml");
        });
    }

    @Test
    void equalStocksAndPricesAreKeptAsOneInstanceButADifferentScaleIsAnotherValue() {
        Map<BigDecimal, BigDecimal> shared = new HashMap<>();
        UnaryOperator<BigDecimal> share = d -> shared.computeIfAbsent(d, Function.identity());
        CatalogProduct first = CatalogProduct.of(product("1", new ProductStockDto("12", new BigDecimal("7"))),
                UnaryOperator.identity(), share);
        CatalogProduct second = CatalogProduct.of(product("2", new ProductStockDto("12", new BigDecimal("7")),
                new ProductStockDto("14", new BigDecimal("7.0"))), UnaryOperator.identity(), share);

        assertThat(second.stocks()[1]).isSameAs(first.stocks()[1]);
        assertThat(second.stocks()[3]).isNotSameAs(first.stocks()[1]).hasToString("7.0");
        assertThat(second.buyingPrice()).isSameAs(first.buyingPrice());
    }

    @Test
    void stockIsKeptPerInventoryWithOneInstanceOfEachInventoryIdAndTheFirstEntryWinning() {
        Map<String, String> shared = new HashMap<>();
        UnaryOperator<String> share = id -> shared.computeIfAbsent(id, Function.identity());
        CatalogProduct first = CatalogProduct.of(product("1", new ProductStockDto(new String("12"), new BigDecimal("4.5")),
                new ProductStockDto("14", null), new ProductStockDto("12", BigDecimal.ONE)), share, UnaryOperator.identity());
        CatalogProduct second = CatalogProduct.of(product("2", new ProductStockDto(new String("12"), BigDecimal.TEN)), share,
                UnaryOperator.identity());

        assertThat(first.stockAt("12")).contains(new BigDecimal("4.5"));
        assertThat(first.stockAt("14")).contains(BigDecimal.ZERO);
        assertThat(first.stockAt("99")).isEmpty();
        assertThat(second.stockAt("12")).contains(BigDecimal.TEN);
        assertThat(second.stocks()[0]).isSameAs(first.stocks()[0]);
        assertThat(first.tracked()).isTrue();
        assertThat(first.buyingPrice()).isEqualByComparingTo("2.5");
    }

    @Test
    void buyingPricesAreReusedFromTheLastPlanningOnly() {
        try (QoyodSandbox sandbox = QoyodSandbox.start(0);
             QoyodAdapter adapter = QoyodAdapter.create(QoyodSettings.defaults(sandbox.baseUrl(), sandbox.apiKey()))) {
            LocationId inventory = new LocationId("12");
            adapter.within(() -> adapter.read(inventory, Set.of(new ItemId("88"))));
            sandbox.clearRequests();

            PostedDocument seen = adapter.post(Documents.document("12", Documents.line("88", "40", "41", null)));

            assertThat(sandbox.requests()).as("the price the planning read is reused").noneMatch(r -> r.startsWith("GET"));
            assertThat(seen.response()).contains("12.5");

            adapter.within(() -> adapter.read(inventory, Set.of(new ItemId("91"))));
            sandbox.clearRequests();

            PostedDocument read = adapter.post(Documents.document("12", Documents.line("88", "41", "42", null)));

            assertThat(sandbox.requests()).as("a later planning replaced the prices kept")
                    .containsExactly("GET /2.0/products/88", "POST /2.0/inventory_adjustments");
            assertThat(read.response()).contains("12.5");
        }
    }

    private static ProductDto product(String id, ProductStockDto... stocks) {
        return new ProductDto(id, "SKU-" + id, null, BooleanNode.TRUE, new BigDecimal("2.5"), List.of(stocks));
    }
}
