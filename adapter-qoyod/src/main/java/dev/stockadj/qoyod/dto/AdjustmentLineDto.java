package dev.stockadj.qoyod.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Objects;

/**
 * One {@code line_items[]} entry; quantities and rate are plain decimal strings, as Qoyod's spec types them.
 * {@code current_qty} is "the system quantity at the time of the count" (seed document): the book quantity the
 * plan was computed from.
 */
@JsonPropertyOrder({"product_id", "actual_quantity", "rate", "current_qty"})
public record AdjustmentLineDto(
        @JsonProperty("product_id") QoyodId productId,
        @JsonProperty("actual_quantity") String actualQuantity,
        @JsonProperty("rate") String rate,
        @JsonProperty("current_qty") String currentQty) {

    public AdjustmentLineDto {
        Objects.requireNonNull(productId, "product_id is required");
        Objects.requireNonNull(actualQuantity, "actual_quantity is required");
        Objects.requireNonNull(rate, "rate is required");
        Objects.requireNonNull(currentQty, "current_qty is required");
    }
}
