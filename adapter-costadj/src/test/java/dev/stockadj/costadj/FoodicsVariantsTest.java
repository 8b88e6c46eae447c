package dev.stockadj.costadj;

import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.model.cost.CostAdjustmentItem;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.port.out.ItemResolution;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import dev.stockadj.plumbing.sandbox.SandboxRequest;
import dev.stockadj.costadj.sandbox.SeedItem;
import dev.stockadj.costadj.sandbox.Variant;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where Foodics' documents leave room, the sandbox answers the other plausible way too, and the
 * adapter still corrects costs: nothing it cannot read refuses a correction, fails a write, or
 * reads as zero.
 */
class FoodicsVariantsTest extends SandboxedAdapterTest {
    private static final LocationId RIYADH = new LocationId(FoodicsSandbox.BRANCH_RIYADH);
    private static final ItemId FLOUR = new ItemId(FoodicsSandbox.ITEM_FLOUR);
    private static final ItemId OIL = new ItemId(FoodicsSandbox.ITEM_OIL);

    @Override
    protected FoodicsSettings settings(FoodicsSandbox started) {
        return Sandboxes.settingsWithCreator(started);
    }

    private static CostAdjustmentDraft draft(CostAdjustmentStatus status) {
        return new CostAdjustmentDraft(RIYADH, LocalDate.of(2026, 5, 18), status, "costs",
                Optional.of("sa1-dddddddddddddddddddddddd"),
                List.of(new CostItem(FLOUR, UnitCost.of("44")), new CostItem(OIL, UnitCost.of("33.1"))));
    }

    private static Set<Sku> seedSkus() {
        return FoodicsSandbox.seedItems().stream().map(i -> new Sku(i.sku())).collect(Collectors.toSet());
    }

    private List<CostAdjustmentItem> closedItems() {
        return List.of(new CostAdjustmentItem(FLOUR, UnitCost.of("44"), Optional.of(UnitCost.of("42.5"))),
                new CostAdjustmentItem(OIL, UnitCost.of("33.1"), Optional.of(UnitCost.of("31.75"))));
    }

    @Test
    void numbersAndStatusGivenAsStringsAreReadAsNumbers() {
        sandbox.vary(Variant.NUMBERS_AS_STRINGS);
        sandbox.pageSize(2);

        CostAdjustment closed = adapter.create(draft(CostAdjustmentStatus.CLOSED));
        BookQuantities onHand = adapter.read(RIYADH, Set.of(FLOUR, OIL, new ItemId(FoodicsSandbox.ITEM_CHEESE)));
        List<CostAdjustment> listed = adapter.list(CostAdjustmentFilter.none().withStatus(CostAdjustmentStatus.CLOSED));

        assertThat(closed.status()).isEqualTo(CostAdjustmentStatus.CLOSED);
        assertThat(closed.items()).isEqualTo(closedItems());
        assertThat(onHand.of(Position.of(FLOUR)).value()).isEqualByComparingTo("120");
        assertThat(onHand.quantities()).as("every page read, by meta.last_page given as a string").hasSize(3);
        assertThat(listed).singleElement().satisfies(a -> assertThat(a.items()).isEqualTo(closedItems()));
    }

    @Test
    void aStatusGivenByNameIsRead() {
        sandbox.vary(Variant.STATUS_AS_NAME);

        CostAdjustment draft = adapter.create(draft(CostAdjustmentStatus.DRAFT));
        CostAdjustment closed = adapter.close(draft.id());

        assertThat(draft.status()).isEqualTo(CostAdjustmentStatus.DRAFT);
        assertThat(closed.status()).isEqualTo(CostAdjustmentStatus.CLOSED);
        assertThat(adapter.get(draft.id())).hasValueSatisfying(
                a -> assertThat(a.status()).isEqualTo(CostAdjustmentStatus.CLOSED));
    }

    @Test
    void withoutPreviousCostsTheCorrectionIsStillMadeAndThePreviousCostIsUnknown() {
        sandbox.vary(Variant.NO_PREVIOUS_COST);

        CostAdjustment closed = adapter.create(draft(CostAdjustmentStatus.CLOSED));

        assertThat(closed.status()).isEqualTo(CostAdjustmentStatus.CLOSED);
        assertThat(closed.items()).extracting(CostAdjustmentItem::costPerUnit)
                .containsExactly(UnitCost.of("44"), UnitCost.of("33.1"));
        assertThat(closed.items()).allSatisfy(i -> assertThat(i.previousCostPerUnit()).isEmpty());
        assertThat(sandbox.costAt(RIYADH.value(), FLOUR.value())).isEqualByComparingTo("44");
    }

    @Test
    void writeAnswersWithoutRelationsAreReadBackWithThem() {
        sandbox.vary(Variant.BARE_WRITE_ANSWERS);

        CostAdjustment closed = adapter.create(draft(CostAdjustmentStatus.CLOSED));

        assertThat(closed.branch()).isEqualTo(RIYADH);
        assertThat(closed.items()).isEqualTo(closedItems());
        assertThat(sandbox.received()).extracting(SandboxRequest::method).containsExactly("POST", "GET");
    }

    @Test
    void withoutInventoryLevelsOnHandIsUnknownNotZero() {
        sandbox.vary(Variant.NO_INVENTORY_LEVELS);

        BookQuantities onHand = adapter.read(RIYADH, Set.of(FLOUR, OIL));

        assertThat(onHand.quantities()).as("absent: unknown, so no revaluation is computed").isEmpty();
        assertThat(adapter.create(draft(CostAdjustmentStatus.CLOSED)).items()).isEqualTo(closedItems());
    }

    @Test
    void withoutTheSkuFilterSkusAreFoundAmongAllItemsAskedOnce() {
        sandbox.vary(Variant.NO_SKU_FILTER);

        ItemResolution first = adapter.resolve(seedSkus());
        ItemResolution second = adapter.resolve(Set.of(new Sku("FLOUR"), new Sku("OIL-5L")));

        for (SeedItem item : FoodicsSandbox.seedItems()) {
            assertThat(first.found()).containsEntry(new Sku(item.sku()), new ItemId(item.id()));
        }
        assertThat(second.found()).containsOnlyKeys(new Sku("OIL-5L"));
        assertThat(second.unknown()).containsExactly(new Sku("FLOUR"));
        assertThat(sandbox.received()).extracting(SandboxRequest::status).as("one refused filter, one full list")
                .containsExactly(400, 200);
    }

    @Test
    void withoutTheBranchRouteTheListOfBranchesDecides() {
        sandbox.vary(Variant.NO_BRANCH_ROUTE);

        assertThat(adapter.verify(RIYADH, Optional.empty())).isEmpty();
        assertThat(adapter.verify(new LocationId("b-mars-1"), Optional.empty())).extracting(Problem::message)
                .containsExactly("Foodics has no branch 'b-mars-1'");
    }

    @Test
    void aBranchCheckTheTokenMayNotMakeIsLeftToFoodics() {
        sandbox.vary(Variant.NO_GENERAL_READ);

        assertThat(adapter.verify(new LocationId("b-mars-1"), Optional.empty())).isEmpty();
        assertThat(sandbox.received()).extracting(SandboxRequest::status).containsExactly(403);
    }

    @Test
    void listsWithoutPagingMetaAreReadToTheirLastPage() {
        sandbox.vary(Variant.NO_PAGING_META);
        sandbox.pageSize(2);

        ItemResolution resolution = adapter.resolve(seedSkus());
        BookQuantities onHand = adapter.read(RIYADH, FoodicsSandbox.seedItems().stream()
                .map(i -> new ItemId(i.id())).collect(Collectors.toSet()));

        assertThat(resolution.unknown()).isEmpty();
        assertThat(onHand.quantities()).hasSize(6);
        assertThat(onHand.of(Position.of(new ItemId(FoodicsSandbox.ITEM_CHEESE))).value()).isEqualByComparingTo("22");
    }
}
