package dev.stockadj.qoyod;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.port.out.ItemResolution;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves SKUs (or barcodes) to Qoyod product ids. A few SKUs are looked up with Ransack
 * ({@code q[sku_eq]}, then {@code q[barcode_eq]}); more take one pass over the product pages. A SKU
 * matches a product's {@code sku} before any product's {@code barcode}; among equals the lowest id wins.
 * Products that do not track quantity cannot be adjusted, so their SKUs are reported as unknown.
 */
final class SkuResolver {
    private final ProductCatalog catalog;

    SkuResolver(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    ItemResolution resolve(Set<Sku> skus) {
        if (skus.size() <= ProductCatalog.DIRECT_LOOKUP_LIMIT) {
            return one(skus);
        }
        return pass(skus);
    }

    private ItemResolution one(Set<Sku> skus) {
        Map<Sku, ItemId> found = new HashMap<>();
        Set<Sku> unknown = new HashSet<>();
        for (Sku sku : skus.stream().sorted(Comparator.comparing(Sku::value)).toList()) {
            Optional<ItemId> item = first(catalog.whereSku(sku.value()), sku, true);
            if (item.isEmpty()) {
                item = first(catalog.whereBarcode(sku.value()), sku, false);
            }
            item.ifPresentOrElse(i -> found.put(sku, i), () -> unknown.add(sku));
        }
        return new ItemResolution(found, unknown);
    }

    private ItemResolution pass(Set<Sku> skus) {
        Map<String, Sku> wanted = new HashMap<>();
        skus.forEach(s -> wanted.put(s.value(), s));
        Map<Sku, ItemId> bySku = new HashMap<>();
        Map<Sku, ItemId> byBarcode = new HashMap<>();
        catalog.scan(page -> {
            for (CatalogProduct product : page) {
                if (product.id() == null || !product.tracked()) {
                    continue;
                }
                Optional.ofNullable(product.sku()).map(wanted::get)
                        .ifPresent(s -> bySku.putIfAbsent(s, new ItemId(product.id())));
                Optional.ofNullable(product.barcode()).map(wanted::get)
                        .ifPresent(s -> byBarcode.putIfAbsent(s, new ItemId(product.id())));
            }
            return bySku.size() < wanted.size();
        });
        byBarcode.forEach(bySku::putIfAbsent);
        Set<Sku> unknown = new HashSet<>();
        if (bySku.size() < skus.size()) {
            skus.stream().filter(s -> !bySku.containsKey(s)).forEach(unknown::add);
        }
        return new ItemResolution(bySku, unknown);
    }

    private static Optional<ItemId> first(List<CatalogProduct> products, Sku sku, boolean bySkuField) {
        return products.stream()
                .filter(p -> p.id() != null && p.tracked())
                .filter(p -> sku.value().equals(bySkuField ? p.sku() : p.barcode()))
                .map(p -> new ItemId(p.id()))
                .findFirst();
    }
}
