package dev.stockadj.core.service;

import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.testing.InMemoryVendor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ManageCostAdjustmentsServiceTest {
    private static final LocationId BRANCH = new LocationId("b-riyadh-1");
    private static final ItemId FLOUR = new ItemId("flour");
    private static final ItemId OIL = new ItemId("oil");

    private final InMemoryVendor foodics = new InMemoryVendor(InMemoryVendor.costCapabilities()).location(BRANCH)
            .item(FLOUR, Optional.of(new Sku("FLOUR-25KG"))).cost(FLOUR, UnitCost.of("40.00"))
            .item(OIL, Optional.of(new Sku("OIL-5L"))).cost(OIL, UnitCost.of("21.50"));
    private final ManageCostAdjustmentsService service = new ManageCostAdjustmentsService(foodics);

    /** A draft someone made in the vendor's own screens, with their own reference. */
    private CostAdjustment theirDraft() {
        return foodics.create(new CostAdjustmentDraft(BRANCH, LocalDate.of(2026, 5, 18), CostAdjustmentStatus.DRAFT,
                "from the back office", Optional.of("PO-77"), List.of(new CostItem(FLOUR, UnitCost.of("41.00")))));
    }

    @Test
    void updatingADraftReplacesItsItemsAndKeepsEverythingElseAsItWas() {
        CostAdjustment draft = theirDraft();

        CostAdjustment updated = service.updateDraft(draft.id(), List.of(new CostItem(OIL, UnitCost.of("19.75"))));

        assertThat(updated.reference()).contains("PO-77");
        assertThat(updated.notes()).isEqualTo("from the back office");
        assertThat(updated.status()).isEqualTo(CostAdjustmentStatus.DRAFT);
        assertThat(updated.items()).extracting(i -> i.item()).containsExactly(OIL);
    }

    @Test
    void closingADraftKeepsTheReferenceItWasGiven() {
        CostAdjustment draft = theirDraft();

        CostAdjustment closed = service.close(draft.id());

        assertThat(closed.status()).isEqualTo(CostAdjustmentStatus.CLOSED);
        assertThat(closed.reference()).contains("PO-77");
        assertThat(foodics.costOf(FLOUR)).isEqualTo(UnitCost.of("41.00"));
    }
}
