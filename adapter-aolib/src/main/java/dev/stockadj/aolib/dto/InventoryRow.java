package dev.stockadj.aolib.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/**
 * A row of list type 1110 (Inventory): what one item holds at one location, bin and lot.
 * {@code Quantity} is on hand; {@code Available} is read when {@code Quantity} is absent.
 */
public record InventoryRow(
        @JsonProperty("ItemRef") EntityRef itemRef,
        @JsonProperty("LocationRef") EntityRef locationRef,
        @JsonProperty("BinRef") EntityRef binRef,
        @JsonProperty("LotOrSerialNo") String lotOrSerialNo,
        @JsonProperty("Quantity") BigDecimal quantity,
        @JsonProperty("Available") BigDecimal available) {
}
