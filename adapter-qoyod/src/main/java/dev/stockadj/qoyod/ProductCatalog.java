package dev.stockadj.qoyod;

import dev.stockadj.plumbing.http.Exchange;
import dev.stockadj.qoyod.dto.ProductDto;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads Qoyod's products: page by page ({@code page}, {@code per_page}, sorted by id), one by id, or by a
 * Ransack filter. Remembers every buying price it sees, for lines sent without a unit cost. Within a read
 * snapshot ({@link #within}) it also remembers every product it sees, so one planning reads each product at
 * most once: SKU resolution, product verification and book quantities share what the first of them read, and a
 * catalogue read to its end is never read again. Outside a snapshot every read goes to Qoyod.
 */
final class ProductCatalog {
    /** Products per page. Qoyod documents no maximum; 100 is the common Rails/Kaminari ceiling. */
    static final int PAGE_SIZE = 100;
    /** Up to this many products are fetched one by one ({@code /products/{id}}); more take a pass over the pages. */
    static final int DIRECT_LOOKUP_LIMIT = 5;
    private static final String SORT = "id asc";
    /** Qoyod's ids are whole numbers; the catalogue's own order is by id. */
    private static final Comparator<ProductDto> BY_ID = Comparator.comparing((ProductDto p) -> p.id().length())
            .thenComparing(ProductDto::id);

    private final QoyodApi api;
    private final Exchange exchange;
    private final AnswerReader reader;
    private final Map<String, BigDecimal> buyingPrices = new ConcurrentHashMap<>();
    /** Per thread: a planning runs on its caller's thread, and another thread's planning keeps its own. */
    private final ThreadLocal<Snapshot> snapshot = new ThreadLocal<>();

    /** The products one planning has seen, and whether it has seen the whole catalogue. */
    private static final class Snapshot {
        final Map<String, ProductDto> products = new HashMap<>();
        boolean complete;
    }

    ProductCatalog(QoyodApi api, Exchange exchange, AnswerReader reader) {
        this.api = api;
        this.exchange = exchange;
        this.reader = reader;
    }

    /**
     * Visits the product pages in order until {@code more} answers false after a page, or the list ends:
     * an empty page, a "found nothing" 404, or a page shorter than the longest seen so far (so a server
     * that caps {@code per_page} below what was asked is still read to the end).
     */
    /** Runs {@code reads} in a snapshot (joining the thread's snapshot if one is open), then forgets it. */
    <T> T within(Supplier<T> reads) {
        if (snapshot.get() != null) {
            return reads.get();
        }
        snapshot.set(new Snapshot());
        try {
            return reads.get();
        } finally {
            snapshot.remove();
        }
    }

    void scan(Predicate<List<ProductDto>> more) {
        Snapshot seen = snapshot.get();
        if (seen != null && seen.complete) {
            more.test(seen.products.values().stream().sorted(BY_ID).toList());
            return;
        }
        int longest = 0;
        for (int page = 1; ; page++) {
            List<ProductDto> products = remember(reader.list(
                    exchange.read(api.products(page, PAGE_SIZE, SORT), "reading Qoyod products page " + page),
                    "products", ProductDto.class, "reading Qoyod products page " + page));
            boolean wanted = products.isEmpty() || more.test(products);
            if (products.isEmpty() || products.size() < longest) {
                if (seen != null) {
                    seen.complete = true;
                }
                return;
            }
            if (!wanted) {
                return;
            }
            longest = Math.max(longest, products.size());
        }
    }

    Optional<ProductDto> byId(String id) {
        Snapshot seen = snapshot.get();
        if (seen != null && (seen.complete || seen.products.containsKey(id))) {
            return Optional.ofNullable(seen.products.get(id));
        }
        String what = "reading Qoyod product " + id;
        return reader.one(exchange.read(api.product(id), what), "product", ProductDto.class, what)
                .map(p -> remember(List.of(p)).get(0));
    }

    List<ProductDto> whereSku(String sku) {
        String what = "looking up SKU " + sku + " in Qoyod";
        return remember(reader.list(exchange.read(api.productsWhere(sku, null), what), "products", ProductDto.class, what));
    }

    List<ProductDto> whereBarcode(String barcode) {
        String what = "looking up barcode " + barcode + " in Qoyod";
        return remember(reader.list(exchange.read(api.productsWhere(null, barcode), what), "products", ProductDto.class, what));
    }

    /**
     * The products with these ids that Qoyod knows: one request each for a few, otherwise a pass over the
     * pages that stops as soon as every id was seen.
     */
    Map<String, ProductDto> byIds(Set<String> ids) {
        Map<String, ProductDto> found = new HashMap<>();
        Set<String> missing = new HashSet<>(ids);
        Snapshot seen = snapshot.get();
        if (seen != null) {
            for (String id : ids) {
                Optional.ofNullable(seen.products.get(id)).ifPresent(p -> found.put(id, p));
            }
            missing.removeAll(found.keySet());
            if (missing.isEmpty() || seen.complete) {
                return found;
            }
        }
        if (missing.size() <= DIRECT_LOOKUP_LIMIT) {
            missing.stream().sorted().forEach(id -> byId(id).ifPresent(p -> found.put(id, p)));
            return found;
        }
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
        Snapshot seen = snapshot.get();
        for (ProductDto product : products) {
            if (product.id() != null && product.buyingPrice() != null) {
                buyingPrices.put(product.id(), product.buyingPrice());
            }
            if (product.id() != null && seen != null) {
                seen.products.putIfAbsent(product.id(), product);
            }
        }
        return products;
    }
}
