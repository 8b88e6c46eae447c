package dev.stockadj.costadj.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.Objects;

/** One item of a write: the item and its new cost per unit. */
@JsonPropertyOrder({"id", "cost_per_unit"})
public record ItemCost(@JsonProperty("id") String id, @JsonProperty("cost_per_unit") BigDecimal costPerUnit) {
    public ItemCost {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(costPerUnit, "cost_per_unit is required");
    }
}
