package dev.stockadj.qoyod.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An inventory (warehouse) as {@code GET /inventories} lists it. */
public record InventoryDto(@JsonProperty("id") String id, @JsonProperty("name") String name) {
}
