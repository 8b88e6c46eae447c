package dev.stockadj.qoyod;

import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;
import dev.stockadj.qoyod.dto.ProductDto;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Book quantities: each quantity-tracked product's {@code inventories[].stock} at the location. */
final class BookReader {
    private final ProductCatalog catalog;

    BookReader(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    BookQuantities read(LocationId location, Set<ItemId> items) {
        if (items.isEmpty()) {
            return BookQuantities.empty();
        }
        Map<String, ProductDto> products = catalog.byIds(items.stream().map(ItemId::value).collect(Collectors.toSet()));
        Map<Position, Quantity> book = new HashMap<>();
        for (ItemId item : items) {
            ProductDto product = products.get(item.value());
            if (product == null || !product.tracked()) {
                continue;
            }
            BigDecimal stock = product.stockAt(location.value()).orElse(BigDecimal.ZERO);
            book.put(Position.of(item), new Quantity(stock));
        }
        return new BookQuantities(book);
    }
}
