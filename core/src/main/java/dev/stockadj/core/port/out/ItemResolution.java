package dev.stockadj.core.port.out;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Sku;

import java.util.Map;
import java.util.Set;

/** SKUs resolved to vendor items, and the SKUs the vendor does not know. */
public record ItemResolution(Map<Sku, ItemId> found, Set<Sku> unknown) {
    public ItemResolution {
        found = Map.copyOf(found);
        unknown = Set.copyOf(unknown);
    }
}
