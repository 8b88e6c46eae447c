package dev.stockadj.qoyod;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.port.out.PositionCount;
import dev.stockadj.qoyod.dto.ProductDto;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
        Set<String> ids = positions.stream().map(p -> p.position().item().value()).collect(Collectors.toSet());
        Map<String, ProductDto> products = catalog.byIds(ids);
        List<Problem> problems = new ArrayList<>();
        for (PositionCount counted : positions) {
            ItemId item = counted.position().item();
            ProductDto product = products.get(item.value());
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
