package dev.stockadj.core.service;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.cost.CostAdjustmentItem;
import dev.stockadj.core.model.cost.CostAdjustmentStatus;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.model.cost.CostLine;
import dev.stockadj.core.port.in.CostUpdateResult;
import dev.stockadj.core.port.in.DraftUpdated;
import dev.stockadj.core.port.in.Invalid;
import dev.stockadj.core.port.in.Refused;
import dev.stockadj.core.testing.InMemoryVendor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class UpdateDraftCostsServiceTest {
    private static final LocationId BRANCH = new LocationId("b-riyadh-1");
    private static final ItemId FLOUR = new ItemId("flour");
    private static final ItemId OIL = new ItemId("oil");

    private final InMemoryVendor foodics = new InMemoryVendor(InMemoryVendor.costCapabilities()).location(BRANCH)
            .item(FLOUR, Optional.of(new Sku("FLOUR-25KG"))).cost(FLOUR, UnitCost.of("40.00"))
            .item(OIL, Optional.of(new Sku("OIL-5L"))).cost(OIL, UnitCost.of("21.50"));

    private CostAdjustment adjustment(CostAdjustmentStatus status) {
        return foodics.create(new CostAdjustmentDraft(BRANCH, LocalDate.of(2026, 5, 18), status, "supplier",
                Optional.of("sa1-0123456789abcdef01234567"), List.of(new CostItem(FLOUR, UnitCost.of("41")))));
    }

    private CostUpdateResult update(CostAdjustmentId id, CostLine... lines) {
        return new UpdateDraftCostsService(foodics.ports()).update(id, List.of(lines));
    }

    @Test
    void replacesADraftsItemsKeepingItsBranchDateNotesAndReference() {
        CostAdjustment draft = adjustment(CostAdjustmentStatus.DRAFT);

        CostUpdateResult result = update(draft.id(), new CostLine(1, new Sku("FLOUR-25KG"), UnitCost.of("42.35")),
                new CostLine(2, OIL, UnitCost.of("20")));

        assertThat(result).isInstanceOfSatisfying(DraftUpdated.class, updated -> {
            assertThat(updated.after().items()).extracting(CostAdjustmentItem::item, i -> i.costPerUnit().plain())
                    .containsExactly(tuple(FLOUR, "42.35"), tuple(OIL, "20"));
            assertThat(updated.after().status()).isEqualTo(CostAdjustmentStatus.DRAFT);
            assertThat(updated.after().reference()).isEqualTo(draft.reference());
            assertThat(updated.after().notes()).isEqualTo("supplier");
        });
        assertThat(foodics.costOf(FLOUR)).as("a draft changes no cost").isEqualTo(UnitCost.of("40.00"));
    }

    @Test
    void aClosedAdjustmentIsRefusedWithTheReasonAndNothingIsSent() {
        CostAdjustment closed = adjustment(CostAdjustmentStatus.CLOSED);

        CostUpdateResult result = update(closed.id(), new CostLine(1, FLOUR, UnitCost.of("50")));

        assertThat(result).isInstanceOfSatisfying(Refused.class, r ->
                assertThat(r.reason()).contains("is closed", "took effect", "Nothing was sent"));
        assertThat(foodics.get(closed.id()).orElseThrow().items().get(0).costPerUnit()).isEqualTo(UnitCost.of("41"));
    }

    @Test
    void checksTheFileAsCostsApplyDoesEveryProblemAtOnce() {
        CostAdjustment draft = adjustment(CostAdjustmentStatus.DRAFT);

        CostUpdateResult result = update(draft.id(), new CostLine(1, new Sku("NOPE"), UnitCost.of("1")),
                new CostLine(2, FLOUR, UnitCost.of("1.123456")), new CostLine(3, OIL, UnitCost.of("2")),
                new CostLine(4, OIL, UnitCost.of("3")));

        assertThat(result).isInstanceOfSatisfying(Invalid.class, invalid ->
                assertThat(invalid.problems()).extracting(p -> p.line(), p -> p.field()).containsExactly(
                        tuple(1, "sku"), tuple(2, "cost_per_unit"), tuple(3, "cost_per_unit")));
        assertThat(foodics.get(draft.id()).orElseThrow().items()).hasSize(1);
    }

    @Test
    void anUnknownAdjustmentIsRefused() {
        assertThat(update(new CostAdjustmentId("ca-nope"), new CostLine(1, FLOUR, UnitCost.of("1"))))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).contains("no cost adjustment ca-nope"));
    }

    @Test
    void aVendorKeepingNoCostAdjustmentsIsRefusedBeforeAnythingIsAskedOfIt() {
        InMemoryVendor qoyod = new InMemoryVendor(InMemoryVendor.absoluteCapabilities(50)).location(BRANCH)
                .item(FLOUR, Optional.of(new Sku("FLOUR-25KG")));

        CostUpdateResult result = new UpdateDraftCostsService(qoyod.ports()).update(new CostAdjustmentId("ca-1"),
                List.of(new CostLine(1, FLOUR, UnitCost.of("1"))));

        assertThat(result).isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason())
                .isEqualTo("memory keeps no cost adjustments (only Foodics does); nothing was asked of it"));
    }
}
