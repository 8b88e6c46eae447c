package dev.stockadj.qoyod;

import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.port.out.ItemResolution;
import dev.stockadj.core.port.out.PositionCount;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Book quantities, SKU resolution and reference checks against the sandbox's demo account. */
class ReadingTest extends SandboxedAdapterTest {
    private static Set<ItemId> items(String... ids) {
        return Stream.of(ids).map(ItemId::new).collect(Collectors.toSet());
    }

    @Test
    void readsDecimalStockAtTheGivenInventoryOnly() {
        BookQuantities main = adapter.read(new LocationId("12"), items("88", "93"));
        BookQuantities branch = adapter.read(new LocationId("14"), items("88", "93"));

        assertThat(main.of(Position.of(new ItemId("93")))).isEqualTo(Quantity.of("7.5"));
        assertThat(main.of(Position.of(new ItemId("88")))).isEqualTo(Quantity.of("40"));
        assertThat(branch.of(Position.of(new ItemId("88")))).isEqualTo(Quantity.of("5"));
    }

    /** Reading does not judge them; {@link #servicesAndUnknownProductsAreReportedOnTheirLinesBeforeReading} does. */
    @Test
    void servicesAndUnknownProductsHoldNothing() {
        BookQuantities book = adapter.read(new LocationId("12"), items("99", "424242"));

        assertThat(book.quantities()).isEmpty();
    }

    @Test
    void servicesAndUnknownProductsAreReportedOnTheirLinesBeforeReading() {
        List<PositionCount> positions = List.of(
                new PositionCount(Position.of(new ItemId("88")), List.of(1), Quantity.of(40)),
                new PositionCount(Position.of(new ItemId("99")), List.of(2), Quantity.of(1)),
                new PositionCount(Position.of(new ItemId("424242")), List.of(3, 4), Quantity.of(2)));

        List<Problem> problems = adapter.verifyPositions(new LocationId("12"), positions);

        assertThat(problems).extracting(Problem::line, Problem::field, Problem::message).containsExactly(
                tuple(2, "item", "Qoyod product 99 (SRV-INSTALL) does not track its quantity (a service?),"
                        + " so it cannot be counted"),
                tuple(3, "item", "Qoyod has no product 424242"),
                tuple(4, "item", "Qoyod has no product 424242"));
        assertThat(sandbox.requests()).containsExactly("GET /2.0/products/424242", "GET /2.0/products/88",
                "GET /2.0/products/99");
    }

    @Test
    void aPassOverPagesReadsEveryDemoProductAndEndsOnFoundNothing() {
        BookQuantities book = adapter.read(new LocationId("12"), items("88", "91", "93", "95", "97", "99", "424242"));

        assertThat(book.quantities()).hasSize(5).containsEntry(Position.of(new ItemId("91")), Quantity.of("130"));
        assertThat(sandbox.requests()).containsExactly(
                "GET /2.0/products?page=1&per_page=100&q[s]=id asc",
                "GET /2.0/products?page=2&per_page=100&q[s]=id asc");
    }

    @Test
    void resolvesABarcodeWhenNoSkuMatches() {
        ItemResolution resolution = adapter.resolve(Set.of(new Sku("6281000000091")));

        assertThat(resolution.found()).containsEntry(new Sku("6281000000091"), new ItemId("91"));
        assertThat(sandbox.requests()).containsExactly("GET /2.0/products?q[sku_eq]=6281000000091",
                "GET /2.0/products?q[barcode_eq]=6281000000091");
    }

    @Test
    void reportsTheSkuOfAServiceAsUnknownBecauseQoyodCannotAdjustIt() {
        ItemResolution resolution = adapter.resolve(Set.of(new Sku("SRV-INSTALL"), new Sku("WID-B")));

        assertThat(resolution.unknown()).containsExactly(new Sku("SRV-INSTALL"));
        assertThat(resolution.found()).containsOnlyKeys(new Sku("WID-B"));
    }

    @Test
    void resolvesManySkusAndBarcodesInOnePass() {
        Set<Sku> skus = Set.of(new Sku("WID-A"), new Sku("WID-B"), new Sku("6281000000093"), new Sku("WID-D"),
                new Sku("WID-E"), new Sku("NOPE-1"), new Sku("NOPE-2"));

        ItemResolution resolution = adapter.resolve(skus);

        assertThat(resolution.found()).containsEntry(new Sku("6281000000093"), new ItemId("93")).hasSize(5);
        assertThat(resolution.unknown()).containsExactlyInAnyOrder(new Sku("NOPE-1"), new Sku("NOPE-2"));
        assertThat(sandbox.requestCount()).isEqualTo(2);
    }

    @Test
    void namesEveryMissingReference() {
        List<Problem> problems = adapter.verify(new LocationId("77"),
                Optional.of(new Accounts(new AccountId("3010"), new AccountId("5020"))));

        assertThat(problems).extracting(Problem::field).containsExactly(
                "qoyod.inventory-id", "qoyod.revenue-account-id", "qoyod.expense-account-id");
        assertThat(problems.get(0).message()).contains("77").contains("12 Main Warehouse");
        assertThat(problems.get(1).message()).contains("3010");
        assertThat(problems.get(2).message()).contains("5020");
    }

    @Test
    void findsTheDemoReferences() {
        assertThat(adapter.verify(new LocationId("12"), Optional.of(Documents.ACCOUNTS))).isEmpty();
        assertThat(adapter.verify(new LocationId("14"), Optional.empty())).isEmpty();
        assertThat(sandbox.requests()).containsExactly("GET /2.0/inventories", "GET /2.0/accounts", "GET /2.0/inventories");
    }

    @Test
    void noInventoriesAt404IsAMissingInventoryNotAFailure() {
        sandbox.clearInventories();

        List<Problem> problems = adapter.verify(new LocationId("12"), Optional.empty());

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("12").contains("none"));
    }
}
