package dev.stockadj.qoyod.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Objects;

/** One {@code line_items[]} entry; quantity and rate are plain decimal strings, as Qoyod's spec types them. */
@JsonPropertyOrder({"product_id", "actual_quantity", "rate"})
public record AdjustmentLineDto(
        @JsonProperty("product_id") QoyodId productId,
        @JsonProperty("actual_quantity") String actualQuantity,
        @JsonProperty("rate") String rate) {

    public AdjustmentLineDto {
        Objects.requireNonNull(productId, "product_id is required");
        Objects.requireNonNull(actualQuantity, "actual_quantity is required");
        Objects.requireNonNull(rate, "rate is required");
    }
}
