package dev.stockadj.qoyod;

import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.count.Position;
import dev.stockadj.core.model.Quantity;

import java.math.BigDecimal;
import java.util.AbstractCollection;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Book quantities: each quantity-tracked product's {@code inventories[].stock} at the location. The book is built
 * once, as the immutable map {@link BookQuantities} keeps (so it is not copied again), and the items are handed to
 * the catalogue as a view of their ids, not a copy.
 */
final class BookReader {
    private final ProductCatalog catalog;

    BookReader(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    @SuppressWarnings("unchecked")
    BookQuantities read(LocationId location, Set<ItemId> items) {
        if (items.isEmpty()) {
            return BookQuantities.empty();
        }
        Function<String, CatalogProduct> products = catalog.byIds(ids(items));
        Map.Entry<Position, Quantity>[] book = new Map.Entry[items.size()];
        int size = 0;
        for (ItemId item : items) {
            CatalogProduct product = products.apply(item.value());
            if (product == null || !product.tracked()) {
                continue;
            }
            BigDecimal stock = product.stockAt(location.value()).orElse(BigDecimal.ZERO);
            book[size++] = Map.entry(Position.of(item), new Quantity(stock));
        }
        return new BookQuantities(Map.ofEntries(size == book.length ? book : Arrays.copyOf(book, size)));
    }

    /** The items' ids, read as the catalogue goes through them. */
    static Collection<String> ids(Collection<ItemId> items) {
        return new AbstractCollection<>() {
            @Override
            public Iterator<String> iterator() {
                Iterator<ItemId> each = items.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return each.hasNext();
                    }

                    @Override
                    public String next() {
                        return each.next().value();
                    }
                };
            }

            @Override
            public int size() {
                return items.size();
            }
        };
    }
}
