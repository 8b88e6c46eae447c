package dev.stockadj.qoyod;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.port.out.PositionCount;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks the products a count names before anything is read or sent: each must exist in Qoyod and track its
 * quantity, since Qoyod cannot adjust a service or any other product that keeps no stock. One batched read of
 * the catalogue for all of them (a few by id, more in one pass over the pages), never one request per line.
 */
final class ProductVerifier {
    private final ProductCatalog catalog;

    ProductVerifier(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    List<Problem> verify(List<PositionCount> positions) {
        if (positions.isEmpty()) {
            return List.of();
        }
        Function<String, CatalogProduct> products = catalog.byIds(
                positions.stream().map(p -> p.position().item().value()).toList());
        List<Problem> problems = new ArrayList<>();
        for (PositionCount counted : positions) {
            ItemId item = counted.position().item();
            CatalogProduct product = products.apply(item.value());
            if (product == null) {
                problems.addAll(counted.problem("item", "Qoyod has no product " + item.value()));
            } else if (!product.tracked()) {
                problems.addAll(counted.problem("item", "Qoyod product " + item.value()
                        + Optional.ofNullable(product.sku()).filter(s -> !s.isBlank()).map(s -> " (" + s + ")").orElse("")
                        + " does not track its quantity (a service?), so it cannot be counted"));
            }
        }
        return problems;
    }
}
