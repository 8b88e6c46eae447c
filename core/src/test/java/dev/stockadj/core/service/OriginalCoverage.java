package dev.stockadj.core.service;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.plan.BookQuantities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The book index as it was before issue 11 (every book position listed by item, summed by stream): an oracle. */
final class OriginalCoverage {
    private final Map<ItemId, List<Map.Entry<Position, Quantity>>> byItem = new HashMap<>();

    OriginalCoverage(BookQuantities books) {
        books.quantities().entrySet().forEach(e ->
                byItem.computeIfAbsent(e.getKey().item(), k -> new ArrayList<>()).add(e));
    }

    Quantity book(Position counted) {
        return byItem.getOrDefault(counted.item(), List.of()).stream()
                .filter(e -> Coverage.covers(counted, e.getKey()))
                .map(Map.Entry::getValue)
                .reduce(Quantity.ZERO, Quantity::plus);
    }
}
