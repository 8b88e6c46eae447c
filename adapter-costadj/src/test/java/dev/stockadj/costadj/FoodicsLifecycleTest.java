package dev.stockadj.costadj;

import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.model.cost.CostAdjustmentItem;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.costadj.sandbox.FoodicsSandbox;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole life of cost adjustments against the sandbox, with previous costs and revaluation. */
class FoodicsLifecycleTest extends SandboxedAdapterTest {
    private static final LocationId RIYADH = new LocationId(FoodicsSandbox.BRANCH_RIYADH);
    private static final LocationId JEDDAH = new LocationId(FoodicsSandbox.BRANCH_JEDDAH);
    private static final ItemId FLOUR = new ItemId(FoodicsSandbox.ITEM_FLOUR);
    private static final ItemId OIL = new ItemId(FoodicsSandbox.ITEM_OIL);
    private static final ItemId SUGAR = new ItemId(FoodicsSandbox.ITEM_SUGAR);
    private static final IdempotencyKey MAY = new IdempotencyKey("sa1-aaaaaaaaaaaaaaaaaaaaaaaa");
    private static final IdempotencyKey APRIL = new IdempotencyKey("sa1-bbbbbbbbbbbbbbbbbbbbbbbb");

    private static CostAdjustmentDraft draft(LocationId branch, LocalDate date, IdempotencyKey key,
            CostItem... items) {
        return new CostAdjustmentDraft(branch, date, CostAdjustmentStatus.DRAFT, "costs", Optional.of(key.value()),
                List.of(items));
    }

    private static CostItem cost(ItemId item, String value) {
        return new CostItem(item, UnitCost.of(value));
    }

    private static List<String> ids(List<CostAdjustment> adjustments) {
        return adjustments.stream().map(a -> a.id().value()).toList();
    }

    @Test
    void draftUpdateCloseListShowAndDelete() {
        CostAdjustment may = adapter.create(draft(RIYADH, LocalDate.of(2026, 5, 18), MAY,
                cost(FLOUR, "44.00"), cost(OIL, "33.10")));
        adapter.update(may.id(), draft(RIYADH, LocalDate.of(2026, 5, 18), MAY,
                cost(FLOUR, "45.00"), cost(OIL, "33.10"), cost(SUGAR, "27.50")));
        assertThat(sandbox.costAt(RIYADH.value(), FLOUR.value())).isEqualByComparingTo("42.5");

        CostAdjustment closed = adapter.close(may.id());

        assertThat(closed.status()).isEqualTo(CostAdjustmentStatus.CLOSED);
        assertThat(closed.reference()).contains(MAY.value());
        assertThat(closed.items()).containsExactly(
                new CostAdjustmentItem(FLOUR, UnitCost.of("45"), Optional.of(UnitCost.of("42.5"))),
                new CostAdjustmentItem(OIL, UnitCost.of("33.1"), Optional.of(UnitCost.of("31.75"))),
                new CostAdjustmentItem(SUGAR, UnitCost.of("27.5"), Optional.of(UnitCost.of("28"))));
        assertThat(sandbox.costAt(RIYADH.value(), FLOUR.value())).isEqualByComparingTo("45");
        assertThat(sandbox.costAt(JEDDAH.value(), FLOUR.value())).isEqualByComparingTo("42.5");

        CostAdjustment april = adapter.create(draft(JEDDAH, LocalDate.of(2026, 4, 30), APRIL, cost(OIL, "30")));

        assertThat(ids(adapter.list(CostAdjustmentFilter.none().withStatus(CostAdjustmentStatus.CLOSED))))
                .containsExactly(may.id().value());
        assertThat(ids(adapter.list(CostAdjustmentFilter.none().withStatus(CostAdjustmentStatus.DRAFT))))
                .containsExactly(april.id().value());
        assertThat(ids(adapter.list(CostAdjustmentFilter.none().withBranch(RIYADH)))).containsExactly(may.id().value());
        assertThat(ids(adapter.list(CostAdjustmentFilter.none().withBusinessDateRange(
                Optional.of(LocalDate.of(2026, 5, 1)), Optional.of(LocalDate.of(2026, 5, 31))))))
                .containsExactly(may.id().value());
        assertThat(ids(adapter.list(CostAdjustmentFilter.none().withBusinessDateRange(
                Optional.of(LocalDate.of(2026, 4, 1)), Optional.of(LocalDate.of(2026, 4, 30))))))
                .containsExactly(april.id().value());
        assertThat(ids(adapter.list(CostAdjustmentFilter.none().withReference(MAY.value()))))
                .containsExactly(may.id().value());

        assertThat(adapter.get(may.id())).contains(closed);

        adapter.delete(april.id());
        assertThat(adapter.get(april.id())).isEmpty();
        assertThat(ids(adapter.list(CostAdjustmentFilter.none()))).containsExactly(may.id().value());
    }

    @Test
    void revaluationIsOnHandTimesTheCostChange() {
        CostAdjustment created = adapter.create(draft(RIYADH, LocalDate.of(2026, 5, 18), MAY,
                cost(FLOUR, "45.00"), cost(OIL, "33.10"), cost(SUGAR, "27.50")));
        CostAdjustment closed = adapter.close(created.id());

        BookQuantities onHand = adapter.read(RIYADH, Set.of(FLOUR, OIL, SUGAR));

        Map<ItemId, BigDecimal> revaluation = closed.items().stream().collect(Collectors.toMap(
                CostAdjustmentItem::item,
                i -> onHand.of(Position.of(i.item())).value()
                        .multiply(i.costPerUnit().value().subtract(i.previousCostPerUnit().orElseThrow().value()))));
        assertThat(revaluation.get(FLOUR)).isEqualByComparingTo("300");
        assertThat(revaluation.get(OIL)).isEqualByComparingTo("54");
        assertThat(revaluation.get(SUGAR)).isEqualByComparingTo("-30");
    }

    @Test
    void creatingClosedAppliesCostsAtOnce() {
        CostAdjustmentDraft closedDraft = draft(JEDDAH, LocalDate.of(2026, 5, 18), MAY, cost(OIL, "30.25"))
                .withStatus(CostAdjustmentStatus.CLOSED);

        CostAdjustment created = adapter.create(closedDraft);

        assertThat(created.status()).isEqualTo(CostAdjustmentStatus.CLOSED);
        assertThat(created.items().get(0).previousCostPerUnit()).contains(UnitCost.of("31.75"));
        assertThat(sandbox.costAt(JEDDAH.value(), OIL.value())).isEqualByComparingTo("30.25");
    }

    @Test
    void aClosedAdjustmentCanBeNeitherUpdatedNorDeleted() {
        CostAdjustment created = adapter.create(draft(RIYADH, LocalDate.of(2026, 5, 18), MAY, cost(OIL, "30")));
        adapter.close(created.id());

        assertThatThrownBy(() -> adapter.update(created.id(), draft(RIYADH, LocalDate.of(2026, 5, 18), MAY,
                cost(OIL, "1")))).isInstanceOfSatisfying(VendorRejected.class,
                        e -> assertThat(e.getMessage()).contains("closed cost adjustment cannot be modified"));
        assertThatThrownBy(() -> adapter.delete(created.id())).isInstanceOf(VendorRejected.class);
        assertThat(sandbox.costAt(RIYADH.value(), OIL.value())).isEqualByComparingTo("30");
    }

    @Test
    void listsFollowPagingToTheLastPage() {
        sandbox.pageSize(2);
        for (int i = 0; i < 5; i++) {
            adapter.create(draft(RIYADH, LocalDate.of(2026, 5, 18),
                    new IdempotencyKey("sa1-00000000000000000000000" + i), cost(OIL, "30." + i)));
        }
        sandbox.clearRequests();

        List<CostAdjustment> all = adapter.list(CostAdjustmentFilter.none().withBranch(RIYADH));

        assertThat(all).hasSize(5);
        assertThat(sandbox.requestCount()).isEqualTo(3);
    }

    @Test
    void onHandIsReadForTheAskedItemsAcrossPages() {
        sandbox.pageSize(2);

        BookQuantities onHand = adapter.read(JEDDAH, Set.of(FLOUR, new ItemId(FoodicsSandbox.ITEM_TOMATO),
                new ItemId(FoodicsSandbox.ITEM_CHEESE)));

        assertThat(onHand.quantities()).containsOnlyKeys(Position.of(FLOUR),
                Position.of(new ItemId(FoodicsSandbox.ITEM_TOMATO)));
        assertThat(onHand.of(Position.of(FLOUR)).value()).isEqualByComparingTo("80");
        assertThat(onHand.of(Position.of(new ItemId(FoodicsSandbox.ITEM_CHEESE))).isZero()).isTrue();
        assertThat(sandbox.requestCount()).isEqualTo(3);
    }

    @Test
    void theDefaultAdapterOnRealTimeWorksAgainstTheDefaultSandbox() {
        try (FoodicsSandbox real = FoodicsSandbox.start(0);
             FoodicsAdapter foodics = FoodicsAdapter.create(FoodicsSettings.defaults(real.baseUrl(), real.token()))) {
            CostAdjustment created = foodics.create(draft(RIYADH, LocalDate.of(2026, 5, 18), MAY, cost(OIL, "33")));

            CostAdjustment closed = foodics.close(created.id());

            assertThat(closed.items().get(0).previousCostPerUnit()).contains(UnitCost.of("31.75"));
            assertThat(real.requestCount()).isEqualTo(4);
            assertThat(real.rateLimitedCount()).isZero();
        }
    }
}
