package dev.stockadj.qoyod;

import dev.stockadj.qoyod.dto.ProductDto;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Reads Qoyod's products: page by page ({@code page}, {@code per_page}, sorted by id), one by id, or by a
 * Ransack filter. Remembers every buying price it sees, for lines sent without a unit cost.
 */
final class ProductCatalog {
    /** Products per page. Qoyod documents no maximum; 100 is the common Rails/Kaminari ceiling. */
    static final int PAGE_SIZE = 100;
    /** Up to this many products are fetched one by one ({@code /products/{id}}); more take a pass over the pages. */
    static final int DIRECT_LOOKUP_LIMIT = 5;
    private static final String SORT = "id asc";

    private final QoyodApi api;
    private final QoyodExchange exchange;
    private final AnswerReader reader;
    private final Map<String, BigDecimal> buyingPrices = new ConcurrentHashMap<>();

    ProductCatalog(QoyodApi api, QoyodExchange exchange, AnswerReader reader) {
        this.api = api;
        this.exchange = exchange;
        this.reader = reader;
    }

    /**
     * Visits the product pages in order until {@code more} answers false after a page, or the list ends:
     * an empty page, a "found nothing" 404, or a page shorter than the longest seen so far (so a server
     * that caps {@code per_page} below what was asked is still read to the end).
     */
    void scan(Predicate<List<ProductDto>> more) {
        int longest = 0;
        for (int page = 1; ; page++) {
            List<ProductDto> products = remember(reader.list(
                    exchange.send(api.products(page, PAGE_SIZE, SORT), "reading Qoyod products page " + page),
                    "products", ProductDto.class, "reading Qoyod products page " + page));
            if (products.isEmpty() || !more.test(products) || products.size() < longest) {
                return;
            }
            longest = Math.max(longest, products.size());
        }
    }

    Optional<ProductDto> byId(String id) {
        String what = "reading Qoyod product " + id;
        return reader.one(exchange.send(api.product(id), what), "product", ProductDto.class, what)
                .map(p -> remember(List.of(p)).get(0));
    }

    List<ProductDto> whereSku(String sku) {
        String what = "looking up SKU " + sku + " in Qoyod";
        return remember(reader.list(exchange.send(api.productsWhere(sku, null), what), "products", ProductDto.class, what));
    }

    List<ProductDto> whereBarcode(String barcode) {
        String what = "looking up barcode " + barcode + " in Qoyod";
        return remember(reader.list(exchange.send(api.productsWhere(null, barcode), what), "products", ProductDto.class, what));
    }

    /**
     * The products with these ids that Qoyod knows: one request each for a few, otherwise a pass over the
     * pages that stops as soon as every id was seen.
     */
    Map<String, ProductDto> byIds(Set<String> ids) {
        Map<String, ProductDto> found = new HashMap<>();
        if (ids.size() <= DIRECT_LOOKUP_LIMIT) {
            ids.stream().sorted().forEach(id -> byId(id).ifPresent(p -> found.put(id, p)));
            return found;
        }
        Set<String> missing = new HashSet<>(ids);
        scan(page -> {
            for (ProductDto product : page) {
                if (product.id() != null && missing.remove(product.id())) {
                    found.put(product.id(), product);
                }
            }
            return !missing.isEmpty();
        });
        return found;
    }

    Optional<BigDecimal> knownBuyingPrice(String productId) {
        return Optional.ofNullable(buyingPrices.get(productId));
    }

    private List<ProductDto> remember(List<ProductDto> products) {
        for (ProductDto product : products) {
            if (product.id() != null && product.buyingPrice() != null) {
                buyingPrices.put(product.id(), product.buyingPrice());
            }
        }
        return products;
    }
}
