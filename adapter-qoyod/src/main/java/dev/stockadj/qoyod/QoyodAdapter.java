package dev.stockadj.qoyod;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.core.model.vendor.AccountsPerDocument;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.core.model.vendor.ReadBack;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.model.VendorName;
import dev.stockadj.core.port.out.DescribeVendorPort;
import dev.stockadj.core.port.out.ItemResolution;
import dev.stockadj.core.port.out.PositionCount;
import dev.stockadj.core.port.out.PostAdjustmentPort;
import dev.stockadj.core.port.out.PostedDocument;
import dev.stockadj.core.port.out.ReadBookQuantitiesPort;
import dev.stockadj.core.port.out.ReadSnapshotPort;
import dev.stockadj.core.port.out.ResolveItemsPort;
import dev.stockadj.core.port.out.VerifyReferencesPort;
import okhttp3.OkHttpClient;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Qoyod as a vendor of absolute stock counts: reads book quantities, resolves SKUs and checks the products a
 * count names from {@code GET /products} (once per planning), checks the inventory and accounts, and posts
 * {@code POST /inventory_adjustments}, checking Qoyod's answer against what was sent. Built by {@link #create(QoyodSettings)}, on
 * a client of its own or the caller's ({@link QoyodSettings#withHttpClient}); close it to release its connections.
 */
public final class QoyodAdapter implements DescribeVendorPort, ReadBookQuantitiesPort, ResolveItemsPort,
        VerifyReferencesPort, PostAdjustmentPort, ReadSnapshotPort, AutoCloseable {

    /** The vendor name in every idempotency key. */
    public static final VendorName VENDOR = new VendorName("qoyod");
    /** Qoyod stores quantities as decimals; four places cover weights to the gram and volumes to the millilitre. */
    public static final int QUANTITY_SCALE = 4;
    /** Four places carry sub-halala unit costs (e.g. 0.0125 SAR per piece) without rounding a rate. */
    public static final int COST_SCALE = 4;

    private final VendorCapabilities capabilities;
    private final Destination destination;
    private final OkHttpClient http;
    private final boolean ownsConnections;
    private final BookReader books;
    private final SkuResolver skus;
    private final ReferenceVerifier references;
    private final ProductVerifier products;
    private final AdjustmentPoster poster;
    private final ProductCatalog catalog;

    private QoyodAdapter(QoyodSettings settings, OkHttpClient http, QoyodApi api, ObjectMapper json, Clock clock) {
        this.capabilities = new VendorCapabilities(VENDOR, QuantityMode.ABSOLUTE, AccountsPerDocument.GAIN_AND_LOSS,
                settings.maxLinesPerDocument(), QUANTITY_SCALE, COST_SCALE, false, false, false, ReadBack.NONE, false);
        this.destination = Destination.of(VENDOR, settings.baseUrl());
        this.http = http;
        this.ownsConnections = settings.httpClient().isEmpty();
        QoyodErrorMapper errors = new QoyodErrorMapper(json, settings.credential().secret(), clock);
        Throttle throttle = settings.clock().map(c -> Throttle.perMinute(settings.requestsPerMinute(), c))
                .orElseGet(() -> Throttle.perMinute(settings.requestsPerMinute()));
        QoyodExchange exchange = new QoyodExchange(throttle, errors);
        AnswerReader reader = new AnswerReader(json, errors);
        this.catalog = new ProductCatalog(api, exchange, reader);
        this.books = new BookReader(catalog);
        this.skus = new SkuResolver(catalog);
        this.references = new ReferenceVerifier(api, exchange, reader);
        this.products = new ProductVerifier(catalog);
        this.poster = new AdjustmentPoster(api, exchange, catalog, errors, json);
    }

    public static QoyodAdapter create(QoyodSettings settings) {
        ObjectMapper json = QoyodJson.mapper();
        OkHttpClient http = QoyodHttp.client(settings);
        return new QoyodAdapter(settings, http, QoyodHttp.api(settings, http, json), json,
                settings.clock().orElseGet(Clock::systemUTC));
    }

    @Override
    public VendorCapabilities capabilities() {
        return capabilities;
    }

    /** Qoyod at the configured API's origin. */
    @Override
    public Destination destination() {
        return destination;
    }

    @Override
    public BookQuantities read(LocationId location, Set<ItemId> items) {
        return books.read(location, items);
    }

    @Override
    public ItemResolution resolve(Set<Sku> skusToResolve) {
        return skus.resolve(skusToResolve);
    }

    @Override
    public List<Problem> verify(LocationId location, Optional<Accounts> accounts) {
        return references.verify(location, accounts);
    }

    /** Qoyod keeps one quantity per product and inventory, so only the products are checked: known and stock-tracked. */
    @Override
    public List<Problem> verifyPositions(LocationId location, List<PositionCount> positions) {
        return products.verify(positions);
    }

    /** One planning reads each product at most once: its steps share the products the first of them read. */
    @Override
    public <T> T within(Supplier<T> reads) {
        return catalog.within(reads);
    }

    @Override
    public PostedDocument post(AdjustmentDocument document) {
        return poster.post(document);
    }

    /** Releases the client's threads and connections — unless they are the caller's (settings with a client). */
    @Override
    public void close() {
        if (ownsConnections) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
