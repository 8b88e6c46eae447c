package dev.stockadj.costadj.sandbox;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * An inventory item the sandbox starts with.
 *
 * @param id     its Foodics id
 * @param sku    its SKU
 * @param name   its name
 * @param cost   its cost per unit at every branch before any adjustment
 * @param onHand its quantity on hand per branch id (absent: the branch holds none and lists no level)
 */
public record SeedItem(String id, String sku, String name, BigDecimal cost, Map<String, BigDecimal> onHand) {
    public SeedItem {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(sku, "sku is required");
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(cost, "cost is required");
        onHand = Map.copyOf(onHand);
    }
}
