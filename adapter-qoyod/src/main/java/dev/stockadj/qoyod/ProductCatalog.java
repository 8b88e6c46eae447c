package dev.stockadj.qoyod;

import dev.stockadj.plumbing.http.Exchange;
import dev.stockadj.qoyod.dto.ProductDto;
import okhttp3.ResponseBody;
import retrofit2.Call;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Reads Qoyod's products: page by page ({@code page}, {@code per_page}, sorted by id), one by id, or by a
 * Ransack filter. Within a read snapshot ({@link #within}) it remembers every product it sees, as a
 * {@link CatalogProduct} (only the fields the adapter uses), so one planning reads each product at most once:
 * SKU resolution, product verification and book quantities share what the first of them read, and a catalogue
 * read to its end is never read again. When the snapshot ends its products are kept only for their buying prices,
 * for the lines of that planning sent without a unit cost, until the next planning replaces them.
 * Outside a snapshot every read goes to Qoyod.
 */
final class ProductCatalog {
    /** Products per page. Qoyod documents no maximum; 100 is the common Rails/Kaminari ceiling. */
    static final int PAGE_SIZE = 100;
    /** Up to this many products are fetched one by one ({@code /products/{id}}); more take a pass over the pages. */
    static final int DIRECT_LOOKUP_LIMIT = 5;
    private static final String SORT = "id asc";
    /** Distinct stock and price values shared per planning; past this many, later ones are kept as read. */
    private static final int SHARED_DECIMALS = 4096;
    /** Qoyod's ids are whole numbers; the catalogue's own order is by id. */
    private static final Comparator<CatalogProduct> BY_ID = Comparator.comparing((CatalogProduct p) -> p.id().length())
            .thenComparing(CatalogProduct::id);

    private final QoyodApi api;
    private final Exchange exchange;
    private final AnswerReader reader;
    /**
     * The products the last finished snapshot saw, for their buying prices: one catalogue's at most, replaced by the
     * next planning. The snapshot's own map, no longer written to, rather than a copy of its prices: a million
     * products' copy was 70 MB more at the moment the plan is largest.
     */
    private volatile Map<String, CatalogProduct> lastSeen = Map.of();
    /** Per thread: a planning runs on its caller's thread, and another thread's planning keeps its own. */
    private final ThreadLocal<Snapshot> snapshot = new ThreadLocal<>();

    /** The products one planning has seen, and whether it has seen the whole catalogue. */
    private static final class Snapshot {
        final Map<String, CatalogProduct> products = new HashMap<>();
        /** One instance per inventory id, however many products list it. */
        final Map<String, String> inventories = new HashMap<>();
        boolean complete;

        /** Stocks and prices as read, one instance of each of the first {@value #SHARED_DECIMALS} values seen. */
        final Map<BigDecimal, BigDecimal> decimals = new HashMap<>();

        String share(String inventoryId) {
            return inventories.computeIfAbsent(inventoryId, Function.identity());
        }

        /**
         * The instance already kept of an equal value (same digits and scale), else this one: a catalogue's stocks and
         * prices repeat (a million products held 3 million decimals, 150 MB, of a few thousand values).
         */
        BigDecimal share(BigDecimal value) {
            BigDecimal kept = decimals.get(value);
            if (kept != null) {
                return kept;
            }
            if (decimals.size() < SHARED_DECIMALS) {
                decimals.put(value, value);
            }
            return value;
        }
    }

    ProductCatalog(QoyodApi api, Exchange exchange, AnswerReader reader) {
        this.api = api;
        this.exchange = exchange;
        this.reader = reader;
    }

    /**
     * Runs {@code reads} in a snapshot (joining the thread's snapshot if one is open), then forgets its products,
     * keeping their buying prices for the documents the planning makes.
     */
    <T> T within(Supplier<T> reads) {
        if (snapshot.get() != null) {
            return reads.get();
        }
        Snapshot opened = new Snapshot();
        snapshot.set(opened);
        try {
            return reads.get();
        } finally {
            snapshot.remove();
            lastSeen = opened.products;
        }
    }

    /**
     * Visits the product pages in order until {@code more} answers false after a page, or the list ends:
     * an empty page, a "found nothing" 404, or a page shorter than the longest seen so far (so a server
     * that caps {@code per_page} below what was asked is still read to the end).
     */
    void scan(Predicate<List<CatalogProduct>> more) {
        Snapshot seen = snapshot.get();
        if (seen != null && seen.complete) {
            more.test(seen.products.values().stream().sorted(BY_ID).toList());
            return;
        }
        int longest = 0;
        for (int page = 1; ; page++) {
            List<CatalogProduct> products = read(api.products(page, PAGE_SIZE, SORT), "reading Qoyod products page " + page);
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

    Optional<CatalogProduct> byId(String id) {
        Snapshot seen = snapshot.get();
        if (seen != null && (seen.complete || seen.products.containsKey(id))) {
            return Optional.ofNullable(seen.products.get(id));
        }
        String what = "reading Qoyod product " + id;
        return reader.one(exchange.read(api.product(id), what), "product", ProductDto.class, what)
                .map(p -> remember(List.of(p)).get(0));
    }

    List<CatalogProduct> whereSku(String sku) {
        return read(api.productsWhere(sku, null), "looking up SKU " + sku + " in Qoyod");
    }

    List<CatalogProduct> whereBarcode(String barcode) {
        return read(api.productsWhere(null, barcode), "looking up barcode " + barcode + " in Qoyod");
    }

    /**
     * The products with these ids that Qoyod knows, as a look-up by id (null for one it does not know): one
     * request each for a few, otherwise a pass over the pages that stops as soon as every id was seen. Within a
     * snapshot the look-up is the snapshot itself, nothing is copied; only the ids it has not seen are gathered.
     */
    Function<String, CatalogProduct> byIds(Collection<String> ids) {
        Snapshot seen = snapshot.get();
        Set<String> missing = new HashSet<>();
        for (String id : ids) {
            if (seen == null || !seen.products.containsKey(id)) {
                missing.add(id);
            }
        }
        Map<String, CatalogProduct> found = seen != null ? seen.products : new HashMap<>();
        Function<String, CatalogProduct> lookUp = found::get;
        if (missing.isEmpty() || (seen != null && seen.complete)) {
            return lookUp;
        }
        if (missing.size() <= DIRECT_LOOKUP_LIMIT) {
            missing.stream().sorted().forEach(id -> byId(id).ifPresent(p -> found.put(id, p)));
            return lookUp;
        }
        scan(page -> {
            for (CatalogProduct product : page) {
                if (product.id() != null && missing.remove(product.id())) {
                    found.putIfAbsent(product.id(), product);
                }
            }
            return !missing.isEmpty();
        });
        return lookUp;
    }

    /** The buying price the last planning saw for a product, if it saw one. */
    Optional<BigDecimal> knownBuyingPrice(String productId) {
        return Optional.ofNullable(lastSeen.get(productId)).map(CatalogProduct::buyingPrice);
    }

    private List<CatalogProduct> read(Call<ResponseBody> call, String what) {
        return remember(reader.list(exchange.read(call, what), "products", ProductDto.class, what));
    }

    /** The products as kept, each remembered in the thread's snapshot if one is open (the first seen of an id wins). */
    private List<CatalogProduct> remember(List<ProductDto> products) {
        Snapshot seen = snapshot.get();
        List<CatalogProduct> kept = new ArrayList<>(products.size());
        for (ProductDto product : products) {
            CatalogProduct compact = seen == null ? CatalogProduct.of(product, UnaryOperator.identity(), UnaryOperator.identity())
                    : CatalogProduct.of(product, seen::share, seen::share);
            if (compact.id() != null && seen != null) {
                seen.products.putIfAbsent(compact.id(), compact);
            }
            kept.add(compact);
        }
        return kept;
    }
}
