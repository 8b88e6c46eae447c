package dev.stockadj.qoyod.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A product as {@code GET /products} lists it; only what the adapter reads. {@code track_quantity} is a boolean in
 * the clients seen, "set to 1" in Qoyod's portal: it is read as JSON, and only an explicit "no" (false, 0, "false",
 * "0") means the product keeps no stock. An absent or unreadable flag leaves the decision to Qoyod's own validation.
 */
public record ProductDto(
        @JsonProperty("id") String id,
        @JsonProperty("sku") String sku,
        @JsonProperty("barcode") String barcode,
        @JsonProperty("track_quantity") JsonNode trackQuantity,
        @JsonProperty("buying_price") BigDecimal buyingPrice,
        @JsonProperty("inventories") List<ProductStockDto> inventories) {

    public ProductDto {
        inventories = inventories == null ? List.of() : inventories.stream().filter(i -> i != null && i.id() != null).toList();
    }

    private static final Set<String> NO = Set.of("false", "0", "0.0", "no");

    /** False only when Qoyod says plainly that the product keeps no stock (a service). */
    public boolean tracked() {
        if (trackQuantity == null || trackQuantity.isNull() || trackQuantity.isContainerNode()) {
            return true;
        }
        return !NO.contains(trackQuantity.asText().strip().toLowerCase(Locale.ROOT));
    }

    /** The stock at one inventory, if the product lists it. */
    public Optional<BigDecimal> stockAt(String inventoryId) {
        return inventories.stream().filter(i -> i.id().equals(inventoryId)).findFirst()
                .map(i -> i.stock() == null ? BigDecimal.ZERO : i.stock());
    }
}
