package dev.stockadj.core.service;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.ItemRef;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.port.out.ResolveItemsPort;

import java.util.List;
import java.util.Map;
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
        // a batch of lines' SKUs hashed, then added (see Batch)
        Sku[] skus = new Sku[Batch.room(lines.size())];
        int[] hashes = new int[skus.length];
        for (int from = 0; from < lines.size(); from += Batch.SIZE) {
            int to = Batch.end(from, lines.size());
            for (int i = from; i < to; i++) {
                Sku sku = item.apply(lines.get(i)) instanceof Sku named ? named : null;
                skus[i - from] = sku;
                hashes[i - from] = sku == null ? 0 : sku.hashCode();
            }
            for (int i = from; i < to; i++) {
                Sku sku = skus[i - from];
                if (sku != null) {
                    if (asked == null) {
                        asked = new DistinctSet<>(Math.min(lines.size() - i, 1024));
                        places = new int[lines.size()];
                    }
                    places[i] = asked.addOrFind(sku, hashes[i - from]) + 1;
                }
            }
        }
        if (asked == null) {
            return NONE;
        }
        return new Skus(asked, found(port.resolve(asked).found(), asked), places);
    }

    /**
     * The vendor's items in the order asked. The answer's SKUs are gathered first and hashed in a loop of their own,
     * so their texts are fetched from memory side by side rather than one after another.
     */
    private static ItemId[] found(Map<Sku, ItemId> answer, DistinctSet<Sku> asked) {
        Sku[] skus = new Sku[answer.size()];
        ItemId[] found = new ItemId[answer.size()];
        int[] filled = {0};
        answer.forEach((sku, item) -> {
            skus[filled[0]] = sku;
            found[filled[0]++] = item;
        });
        int[] hashes = new int[filled[0]];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = skus[i].hashCode();
        }
        ItemId[] items = new ItemId[asked.size()];
        for (int i = 0; i < hashes.length; i++) {
            int at = asked.indexOf(skus[i], hashes[i]);
            if (at >= 0) {
                items[at] = found[i];
            }
        }
        return items;
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
