package dev.stockadj.qoyod;

import dev.stockadj.qoyod.dto.ProductDto;
import dev.stockadj.qoyod.dto.ProductStockDto;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A Qoyod product as planning keeps it: only what resolving SKUs, checking products, reading book quantities and
 * valuing lines use — id, SKU, barcode, whether it tracks its quantity, buying price, and the stock per inventory
 * as one flat array ({@code [inventoryId, stock, inventoryId, stock, …]}, inventory ids shared). A catalogue of a
 * million products is kept this way for a whole planning, so the answer's lists and records are not kept with it.
 */
record CatalogProduct(String id, String sku, String barcode, boolean tracked, BigDecimal buyingPrice, Object[] stocks) {
    private static final Object[] NO_STOCK = {};

    /**
     * What is kept of {@code product}; {@code share} gives one instance of each inventory id, {@code shareDecimal}
     * one instance of each stock and price that repeats.
     */
    static CatalogProduct of(ProductDto product, UnaryOperator<String> share, UnaryOperator<BigDecimal> shareDecimal) {
        List<ProductStockDto> inventories = product.inventories();
        Object[] stocks = inventories.isEmpty() ? NO_STOCK : new Object[inventories.size() * 2];
        for (int i = 0; i < inventories.size(); i++) {
            ProductStockDto stock = inventories.get(i);
            stocks[2 * i] = share.apply(stock.id());
            stocks[2 * i + 1] = stock.stock() == null ? BigDecimal.ZERO : shareDecimal.apply(stock.stock());
        }
        return new CatalogProduct(product.id(), product.sku(), product.barcode(), product.tracked(),
                product.buyingPrice() == null ? null : shareDecimal.apply(product.buyingPrice()), stocks);
    }

    /** The stock at one inventory, if the product lists it (the first entry for it, as Qoyod lists them). */
    Optional<BigDecimal> stockAt(String inventoryId) {
        for (int i = 0; i < stocks.length; i += 2) {
            if (stocks[i].equals(inventoryId)) {
                return Optional.of((BigDecimal) stocks[i + 1]);
            }
        }
        return Optional.empty();
    }
}
