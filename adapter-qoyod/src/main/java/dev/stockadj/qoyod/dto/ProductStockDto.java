package dev.stockadj.qoyod.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/** One {@code products[].inventories[]} entry: the stock of the product at one inventory (a decimal string). */
public record ProductStockDto(@JsonProperty("id") String id, @JsonProperty("stock") BigDecimal stock) {
}
