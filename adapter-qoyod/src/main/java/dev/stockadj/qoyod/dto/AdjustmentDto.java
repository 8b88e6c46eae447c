package dev.stockadj.qoyod.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Objects;

/** The body inside the {@code inventory_adjustment} wrapper. Every field is always sent. */
@JsonPropertyOrder({"inventory_id", "revenue_account_id", "expense_account_id", "date", "description", "line_items"})
public record AdjustmentDto(
        @JsonProperty("inventory_id") QoyodId inventoryId,
        @JsonProperty("revenue_account_id") QoyodId revenueAccountId,
        @JsonProperty("expense_account_id") QoyodId expenseAccountId,
        @JsonProperty("date") String date,
        @JsonProperty("description") String description,
        @JsonProperty("line_items") List<AdjustmentLineDto> lineItems) {

    public AdjustmentDto {
        Objects.requireNonNull(inventoryId, "inventory_id is required");
        Objects.requireNonNull(revenueAccountId, "revenue_account_id is required");
        Objects.requireNonNull(expenseAccountId, "expense_account_id is required");
        Objects.requireNonNull(date, "date is required");
        Objects.requireNonNull(description, "description is required");
        lineItems = List.copyOf(lineItems);
        if (lineItems.isEmpty()) {
            throw new IllegalArgumentException("line_items must not be empty");
        }
    }
}
