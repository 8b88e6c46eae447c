package dev.stockadj.core.service;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.cost.CostItem;
import dev.stockadj.core.model.cost.CostLine;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.port.out.ResolveItemsPort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks every costs file gets, whether it creates an adjustment ({@code costs apply}) or replaces a
 * draft's items ({@code costs update}): no lines, more decimal places than the vendor keeps, unknown SKUs
 * (asked of the vendor at once), one item given two costs — every problem added, none thrown.
 */
final class CostLines {
    private CostLines() {
    }

    /** The lines by vendor item, in file order, SKUs replaced by the vendor's ids; problems go to {@code problems}. */
    static Map<ItemId, List<CostLine>> checked(List<CostLine> lines, VendorCapabilities capabilities,
                                               ResolveItemsPort items, List<Problem> problems) {
        if (lines.isEmpty()) {
            problems.add(Problem.ofInput("", "the costs file has no lines"));
        }
        for (CostLine line : lines) {
            if (line.newCost().decimalPlaces() > capabilities.costScale()) {
                problems.add(new Problem(line.lineNo(), "cost_per_unit", "cost " + line.newCost() + " has more than "
                        + capabilities.costScale() + " decimal places, the most " + capabilities.vendor() + " takes"));
            }
        }
        Skus resolution = Skus.resolve(items, lines, CostLine::item);
        Map<ItemId, List<CostLine>> byItem = new LinkedHashMap<>();
        for (CostLine line : lines) {
            ItemId id = line.item() instanceof Sku sku ? resolution.item(sku) : (ItemId) line.item();
            if (id == null) {
                problems.add(new Problem(line.lineNo(), "sku", "SKU '" + line.item().value() + "' is not known to "
                        + capabilities.vendor()));
                continue;
            }
            byItem.computeIfAbsent(id, k -> new ArrayList<>()).add(new CostLine(line.lineNo(), id, line.newCost()));
        }
        byItem.forEach((id, group) -> {
            if (group.stream().map(CostLine::newCost).distinct().count() > 1) {
                problems.add(new Problem(group.get(0).lineNo(), "cost_per_unit", "lines "
                        + group.stream().map(CostLine::lineNo).toList() + " give item " + id + " different costs"));
            }
        });
        return byItem;
    }

    /** One item per group, at the cost its lines agree on (call only when {@link #checked} found no problem). */
    static List<CostItem> items(Map<ItemId, List<CostLine>> byItem) {
        return byItem.entrySet().stream().map(e -> new CostItem(e.getKey(), e.getValue().get(0).newCost())).toList();
    }
}
