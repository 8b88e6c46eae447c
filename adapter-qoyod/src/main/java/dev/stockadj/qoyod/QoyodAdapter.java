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
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.plumbing.http.CallerClock;
import dev.stockadj.plumbing.http.Exchange;
import dev.stockadj.plumbing.http.OriginCredentials;
import dev.stockadj.plumbing.http.RateLimiter;
import dev.stockadj.plumbing.http.Redactor;
import dev.stockadj.plumbing.http.StatusFailures;
import dev.stockadj.plumbing.http.VendorClient;
import dev.stockadj.plumbing.http.VendorJson;

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
    private final VendorClient client;
    private final BookReader books;
    private final SkuResolver skus;
    private final ReferenceVerifier references;
    private final ProductVerifier products;
    private final AdjustmentPoster poster;
    private final ProductCatalog catalog;

    private QoyodAdapter(QoyodSettings settings, VendorClient client, ClockPort clock) {
        this.capabilities = new VendorCapabilities(VENDOR, QuantityMode.ABSOLUTE, AccountsPerDocument.GAIN_AND_LOSS,
                settings.maxLinesPerDocument(), QUANTITY_SCALE, COST_SCALE, false, false, false, ReadBack.NONE, false);
        this.destination = Destination.of(VENDOR, settings.baseUrl());
        this.client = client;
        ObjectMapper json = VendorJson.mapper();
        QoyodApi api = client.api(QoyodApi.class, json);
        Redactor redactor = new Redactor(List.of(settings.credential().secret()));
        QoyodFailures failures = new QoyodFailures(new StatusFailures("Qoyod", redactor, json));
        Exchange exchange = new Exchange("Qoyod", new RateLimiter("Qoyod", settings.rateLimit(), clock), clock,
                redactor, "dev.stockadj.qoyod.http", 0, Exchange.AnswerCheck.failing(QoyodFailures::passes,
                failures::statusFailure), client::closeIdleConnections);
        AnswerReader reader = new AnswerReader(json, failures);
        this.catalog = new ProductCatalog(api, exchange, reader);
        this.books = new BookReader(catalog);
        this.skus = new SkuResolver(catalog);
        this.references = new ReferenceVerifier(api, exchange, reader);
        this.products = new ProductVerifier(catalog);
        this.poster = new AdjustmentPoster(api, exchange, catalog, failures, json);
    }

    /** An adapter that reads the time from the settings' clock (the system's when none) and really waits. */
    public static QoyodAdapter create(QoyodSettings settings) {
        return create(settings, CallerClock.of(settings.clock()));
    }

    /**
     * An adapter whose rate limit and Retry-After waits read and wait through {@code clock} (tests pass one whose
     * {@code sleep} only moves it on); it takes the place of the settings' clock.
     */
    public static QoyodAdapter create(QoyodSettings settings, ClockPort clock) {
        return new QoyodAdapter(settings, client(settings), clock);
    }

    /** The HTTP client for {@code settings}: the credential to Qoyod's origin only. */
    static VendorClient client(QoyodSettings settings) {
        return VendorClient.build(settings.baseUrl(), settings.httpClient(), settings.connectTimeout(),
                settings.readTimeout(), new OriginCredentials(settings.baseUrl(), settings.credential().headers(),
                        QoyodCredential.Scheme.headerNames()));
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
        client.close();
    }
}
