package dev.stockadj.qoyod.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;

/** {@code POST /inventory_adjustments}: the adjustment wrapped under {@code inventory_adjustment}. */
public record AdjustmentRequestDto(@JsonProperty("inventory_adjustment") AdjustmentDto inventoryAdjustment) {
    public AdjustmentRequestDto {
        Objects.requireNonNull(inventoryAdjustment, "inventory_adjustment is required");
    }
}
