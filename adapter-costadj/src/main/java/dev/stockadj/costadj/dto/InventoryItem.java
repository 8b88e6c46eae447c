package dev.stockadj.costadj.dto;

import java.math.BigDecimal;

/** An inventory item as {@code GET /inventory_items} lists it. */
public record InventoryItem(String id, String name, String sku, BigDecimal cost) {
}
