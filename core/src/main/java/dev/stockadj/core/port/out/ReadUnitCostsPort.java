package dev.stockadj.core.port.out;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.UnitCost;

import java.util.Map;
import java.util.Set;

/**
 * What each item costs now at a branch (Foodics), to check that a cost correction took effect and to see whether
 * another one moved it since. Items whose cost the vendor does not say are absent. Asks in pages, never one request
 * per item.
 *
 * @throws VendorFailure when the vendor cannot be read
 */
public interface ReadUnitCostsPort {
    Map<ItemId, UnitCost> costs(LocationId branch, Set<ItemId> items);
}
