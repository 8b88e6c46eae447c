package dev.stockadj.costadj.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The per-relation numbers Foodics puts under {@code pivot}. Kept as JSON: a number may come as a
 * number or as a string, or not at all, and the adapter reads each leniently.
 */
public record Pivot(
        @JsonProperty("cost_per_unit") JsonNode costPerUnit,
        @JsonProperty("previous_cost_per_unit") JsonNode previousCostPerUnit,
        @JsonProperty("quantity") JsonNode quantity) {
}
