package dev.stockadj.costadj.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/** The per-relation numbers Foodics puts under {@code pivot}. */
public record Pivot(
        @JsonProperty("cost_per_unit") BigDecimal costPerUnit,
        @JsonProperty("previous_cost_per_unit") BigDecimal previousCostPerUnit,
        @JsonProperty("quantity") BigDecimal quantity) {
}
