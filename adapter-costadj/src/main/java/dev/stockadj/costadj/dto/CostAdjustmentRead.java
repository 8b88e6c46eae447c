package dev.stockadj.costadj.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** A cost adjustment transaction as Foodics answers it; {@code status} as a code or a name. */
public record CostAdjustmentRead(
        String id,
        @JsonProperty("business_date") String businessDate,
        String reference,
        JsonNode status,
        String notes,
        List<PivotItem> items,
        Ref branch,
        Ref creator,
        Ref poster,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt) {
}
