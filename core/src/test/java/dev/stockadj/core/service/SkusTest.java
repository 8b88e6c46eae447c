package dev.stockadj.core.service;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.ItemRef;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.port.out.ItemResolution;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SKUs are hashed in batches of lines ahead of their lookup, and the vendor's answer is gathered and hashed before
 * it is matched: over many batches, with SKUs repeated across batches, SKUs of one hash, lines naming items, and SKUs
 * the vendor does not know, every line must still find its own item, and the vendor is asked each SKU once.
 */
class SkusTest {
    @Test
    void everyLineFindsItsItemAcrossBatches() {
        SplittableRandom random = new SplittableRandom(11);
        List<ItemRef> lines = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            int pick = random.nextInt(700);
            lines.add(pick < 20 ? new ItemId("item-" + pick)
                    : new Sku(pick % 50 == 0 ? "Aa".repeat(1 + pick % 3) + "BB" : "SKU-" + pick));
        }
        lines.add(new Sku("BBAa")); // the same hash as "AaBB"
        Map<Sku, ItemId> vendor = new HashMap<>();
        for (ItemRef line : lines) {
            if (line instanceof Sku sku && !sku.value().endsWith("7")) {
                vendor.put(sku, new ItemId("of-" + sku.value()));
            }
        }
        List<Set<Sku>> asked = new ArrayList<>();

        Skus skus = Skus.resolve(wanted -> {
            asked.add(Set.copyOf(wanted));
            Map<Sku, ItemId> found = new HashMap<>(vendor);
            found.keySet().retainAll(wanted);
            return new ItemResolution(found, Set.of());
        }, lines, Function.identity());

        Set<Sku> named = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) instanceof Sku sku) {
                named.add(sku);
                assertThat(skus.itemOfLine(i)).as("line %d, %s", i, sku).isEqualTo(vendor.get(sku));
                assertThat(skus.item(sku)).isEqualTo(vendor.get(sku));
            } else {
                assertThat(skus.itemOfLine(i)).as("line %d names an item", i).isNull();
            }
        }
        assertThat(asked).containsExactly(named);
        assertThat(named).hasSizeGreaterThan(600);
        assertThat(vendor).hasSizeLessThan(named.size());
    }
}
