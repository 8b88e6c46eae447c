package dev.stockadj.core.testing;

import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.UnitCost;

/**
 * What a cost-adjustment vendor's contract test needs to know about its sandbox's seed data.
 *
 * @param branch      a branch that exists
 * @param item        an inventory item that exists
 * @param itemCost    that item's cost per unit before any test runs
 * @param unknownItem an item id the vendor does not know
 * @param unknownId   a cost adjustment id the vendor does not know
 */
public record CostAdjustmentFixture(
        LocationId branch,
        ItemId item,
        UnitCost itemCost,
        ItemId unknownItem,
        CostAdjustmentId unknownId) {
}
