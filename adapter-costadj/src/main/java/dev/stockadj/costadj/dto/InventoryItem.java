package dev.stockadj.costadj.dto;

/** An inventory item as {@code GET /inventory_items} lists it: the adapter reads its id and SKU only. */
public record InventoryItem(String id, String name, String sku) {
}
