package dev.stockadj.qoyod.sandbox;

import java.math.BigDecimal;
import java.util.Objects;

/** A product the sandbox holds. Services ({@code trackQuantity == false}) carry no stock. */
public record SandboxProduct(long id, String nameEn, String sku, String barcode, boolean trackQuantity,
                             BigDecimal buyingPrice) {
    public SandboxProduct {
        if (id < 1) {
            throw new IllegalArgumentException("product id must be positive: " + id);
        }
        Objects.requireNonNull(nameEn, "name is required");
        Objects.requireNonNull(sku, "sku is required");
        barcode = barcode == null ? "" : barcode;
        Objects.requireNonNull(buyingPrice, "buying price is required");
    }
}
