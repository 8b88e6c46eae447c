package dev.stockadj.core.service;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.ItemRef;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.port.out.ResolveItemsPort;

import java.util.List;
import java.util.function.Function;

/**
 * The SKUs an input names, resolved in one call to the vendor (none when there are none), and each line's item
 * found again by the SKU's place in what was asked: a flat array beside the asked set, filled once from the
 * vendor's answer. A million lookups never go through the answer's map, whose kind is the vendor's (an immutable
 * map probes linearly on low hash bits, and SKUs that count up cluster there).
 */
final class Skus {
    private static final Skus NONE = new Skus(DistinctSet.ofDistinct(new Object[0], 0), new ItemId[0], new int[0]);
    private final DistinctSet<Sku> asked;
    private final ItemId[] items;
    /** Per line, 1 + the place of its SKU in {@link #asked}; 0 for a line that names an item. */
    private final int[] places;

    private Skus(DistinctSet<Sku> asked, ItemId[] items, int[] places) {
        this.asked = asked;
        this.items = items;
        this.places = places;
    }

    /** The SKUs are handed over in the order the input first names them, each once. */
    static <L> Skus resolve(ResolveItemsPort port, List<L> lines, Function<L, ItemRef> item) {
        DistinctSet<Sku> asked = null;
        int[] places = null;
        for (int i = 0; i < lines.size(); i++) {
            if (item.apply(lines.get(i)) instanceof Sku sku) {
                if (asked == null) {
                    asked = new DistinctSet<>(Math.min(lines.size() - i, 1024));
                    places = new int[lines.size()];
                }
                places[i] = asked.addOrFind(sku) + 1;
            }
        }
        if (asked == null) {
            return NONE;
        }
        ItemId[] items = new ItemId[asked.size()];
        DistinctSet<Sku> skus = asked;
        port.resolve(asked).found().forEach((sku, found) -> {
            int at = skus.indexOf(sku);
            if (at >= 0) {
                items[at] = found;
            }
        });
        return new Skus(asked, items, places);
    }

    /**
     * The vendor's item for the SKU named by the line at {@code index} of the lines {@link #resolve} was given, or
     * null when that line names no SKU or the vendor does not know it.
     */
    ItemId itemOfLine(int index) {
        return index < places.length && places[index] != 0 ? items[places[index] - 1] : null;
    }

    /** The vendor's item for a SKU the input named, or null when the vendor does not know it. */
    ItemId item(Sku sku) {
        int at = asked.indexOf(sku);
        return at < 0 ? null : items[at];
    }
}
