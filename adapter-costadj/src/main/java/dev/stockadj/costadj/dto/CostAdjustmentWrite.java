package dev.stockadj.costadj.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Objects;

/** The body of a create or a (whole) update. Absent optional fields are not written. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"business_date", "status", "reference", "notes", "branch_id", "creator_id", "poster_id", "items"})
public record CostAdjustmentWrite(
        @JsonProperty("business_date") String businessDate,
        @JsonProperty("status") int status,
        @JsonProperty("reference") String reference,
        @JsonProperty("notes") String notes,
        @JsonProperty("branch_id") String branchId,
        @JsonProperty("creator_id") String creatorId,
        @JsonProperty("poster_id") String posterId,
        @JsonProperty("items") List<ItemCost> items) {

    public CostAdjustmentWrite {
        Objects.requireNonNull(branchId, "branch_id is required");
        Objects.requireNonNull(creatorId, "creator_id is required");
        items = List.copyOf(items);
    }
}
