package dev.stockadj.core.service;

import dev.stockadj.core.model.ItemRef;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.port.out.ItemResolution;
import dev.stockadj.core.port.out.ResolveItemsPort;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Resolves every SKU an input names in one call to the vendor (none when there are none). */
final class Skus {
    private Skus() {
    }

    static ItemResolution resolve(ResolveItemsPort port, List<ItemRef> refs) {
        Set<Sku> skus = refs.stream().filter(Sku.class::isInstance).map(Sku.class::cast)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return skus.isEmpty() ? new ItemResolution(Map.of(), Set.of()) : port.resolve(skus);
    }
}
