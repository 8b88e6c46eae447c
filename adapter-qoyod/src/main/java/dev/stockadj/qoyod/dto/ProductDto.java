package dev.stockadj.qoyod.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A product as {@code GET /products} lists it; only what the adapter reads. */
public record ProductDto(
        @JsonProperty("id") String id,
        @JsonProperty("sku") String sku,
        @JsonProperty("barcode") String barcode,
        @JsonProperty("track_quantity") Boolean trackQuantity,
        @JsonProperty("buying_price") BigDecimal buyingPrice,
        @JsonProperty("inventories") List<ProductStockDto> inventories) {

    public ProductDto {
        inventories = inventories == null ? List.of() : inventories.stream().filter(i -> i != null && i.id() != null).toList();
    }

    public boolean tracked() {
        return Boolean.TRUE.equals(trackQuantity);
    }

    /** The stock at one inventory, if the product lists it. */
    public Optional<BigDecimal> stockAt(String inventoryId) {
        return inventories.stream().filter(i -> i.id().equals(inventoryId)).findFirst()
                .map(i -> i.stock() == null ? BigDecimal.ZERO : i.stock());
    }
}
