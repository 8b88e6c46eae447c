package dev.stockadj.costadj;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.vendor.AccountsPerDocument;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.cost.CostAdjustment;
import dev.stockadj.core.model.cost.CostAdjustmentDraft;
import dev.stockadj.core.model.cost.CostAdjustmentFilter;
import dev.stockadj.core.model.CostAdjustmentId;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.UnitCost;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.core.model.vendor.ReadBack;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.model.VendorName;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.core.port.out.CostAdjustmentPort;
import dev.stockadj.core.port.out.DescribeVendorPort;
import dev.stockadj.core.port.out.ItemResolution;
import dev.stockadj.core.port.out.PositionCount;
import dev.stockadj.core.port.out.ReadBookQuantitiesPort;
import dev.stockadj.core.port.out.ReadUnitCostsPort;
import dev.stockadj.core.port.out.ResolveItemsPort;
import dev.stockadj.core.port.out.VerifyReferencesPort;
import dev.stockadj.core.model.Secret;
import dev.stockadj.plumbing.http.CallerClock;
import dev.stockadj.plumbing.http.Exchange;
import dev.stockadj.plumbing.http.OriginCredentials;
import dev.stockadj.plumbing.http.RateLimiter;
import dev.stockadj.plumbing.http.Redactor;
import dev.stockadj.plumbing.http.StatusFailures;
import dev.stockadj.plumbing.http.VendorClient;
import dev.stockadj.plumbing.http.VendorJson;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Foodics, for stockadj: cost adjustment transactions (draft → closed), SKU resolution, on-hand
 * per branch and a branch check. Takes no stock counts ({@link QuantityMode#NONE}). One instance
 * per token; it is thread-safe, and its requests queue behind one throttle.
 */
public final class FoodicsAdapter implements DescribeVendorPort, CostAdjustmentPort, ResolveItemsPort,
        ReadBookQuantitiesPort, VerifyReferencesPort, ReadUnitCostsPort, AutoCloseable {

    public static final VendorName VENDOR = new VendorName("foodics");
    public static final int MAX_LINES_PER_DOCUMENT = 500;
    /** A read that met a 5xx or no answer is sent again this often, after 1, 2 and 4 s. */
    static final int READ_RETRIES = 3;
    private static final VendorCapabilities CAPABILITIES = new VendorCapabilities(VENDOR, QuantityMode.NONE,
            AccountsPerDocument.SINGLE, MAX_LINES_PER_DOCUMENT, 4, 4, false, false, true, ReadBack.BY_SEARCH, true);

    private final VendorClient client;
    private final FoodicsCostAdjustments costs;
    private final FoodicsInventory inventory;
    private final FoodicsBranches branches;
    private final FoodicsUnitCosts unitCosts;

    private FoodicsAdapter(VendorClient client, FoodicsCostAdjustments costs, FoodicsInventory inventory,
            FoodicsBranches branches, FoodicsUnitCosts unitCosts) {
        this.client = client;
        this.costs = costs;
        this.inventory = inventory;
        this.branches = branches;
        this.unitCosts = unitCosts;
    }

    /**
     * An adapter that waits in real time, measured on the settings' {@link FoodicsSettings#clock() clock} (the
     * system's when it has none), on the settings' {@link FoodicsSettings#httpClient() client} if any.
     */
    public static FoodicsAdapter create(FoodicsSettings settings) {
        Objects.requireNonNull(settings, "settings is required");
        return create(settings, CallerClock.of(settings.clock()));
    }

    /**
     * An adapter whose rate limit, back-off and Retry-After waits read and wait through
     * {@code clock} (tests pass a fake clock whose {@code sleep} only advances it); it takes the place of the
     * settings' {@link FoodicsSettings#clock() clock}.
     */
    public static FoodicsAdapter create(FoodicsSettings settings, ClockPort clock) {
        Objects.requireNonNull(settings, "settings is required");
        Objects.requireNonNull(clock, "clock is required");
        ObjectMapper json = VendorJson.mapper();
        VendorClient client = client(settings);
        FoodicsApi api = client.api(FoodicsApi.class, json);
        Redactor redactor = new Redactor(List.of(settings.token()));
        FoodicsFailures failures = new FoodicsFailures(new StatusFailures("Foodics", redactor, json));
        Exchange exchange = new Exchange("Foodics", new RateLimiter("Foodics", settings.rateLimit(), clock,
                new FoodicsBlockRule()), clock, redactor, "dev.stockadj.costadj.http", READ_RETRIES,
                Exchange.AnswerCheck.failing(FoodicsFailures::passes, failures::failure), client::closeIdleConnections);
        Decoder decoder = new Decoder(json, redactor);
        CreatorLookup creators = new CreatorLookup(settings.creatorId(), api, exchange, decoder);
        return new FoodicsAdapter(client,
                new FoodicsCostAdjustments(settings.relativeResource(), api, exchange, decoder, creators),
                new FoodicsInventory(api, exchange, decoder),
                new FoodicsBranches(api, exchange, decoder),
                new FoodicsUnitCosts(api, exchange, decoder));
    }

    /** The HTTP client for {@code settings}: the bearer token to Foodics' origin only. */
    static VendorClient client(FoodicsSettings settings) {
        return VendorClient.build(settings.baseUrl(), settings.httpClient(), settings.connectTimeout(),
                settings.readTimeout(), new OriginCredentials(settings.baseUrl(),
                        Map.of("Authorization", new Secret("Bearer " + settings.token().reveal()))));
    }

    @Override
    public VendorCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public CostAdjustment create(CostAdjustmentDraft draft) {
        return costs.create(draft);
    }

    @Override
    public Optional<CostAdjustment> get(CostAdjustmentId id) {
        return costs.get(id);
    }

    @Override
    public List<CostAdjustment> list(CostAdjustmentFilter filter) {
        return costs.list(filter);
    }

    @Override
    public CostAdjustment update(CostAdjustmentId id, CostAdjustmentDraft draft) {
        return costs.update(id, draft);
    }

    @Override
    public CostAdjustment close(CostAdjustmentId id) {
        return costs.close(id);
    }

    @Override
    public void delete(CostAdjustmentId id) {
        costs.delete(id);
    }

    @Override
    public ItemResolution resolve(Set<Sku> skus) {
        return inventory.resolve(skus);
    }

    @Override
    public BookQuantities read(LocationId location, Set<ItemId> items) {
        return inventory.read(location, items);
    }

    @Override
    public List<Problem> verify(LocationId location, Optional<Accounts> accounts) {
        return branches.verify(location, accounts);
    }

    @Override
    public List<Problem> verifyPositions(LocationId location, List<PositionCount> positions) {
        return branches.verifyPositions(location, positions);
    }

    /** Each item's cost now at the branch ({@code GET /inventory_levels/{branch}}), for verify and revert. */
    @Override
    public Map<ItemId, UnitCost> costs(LocationId branch, Set<ItemId> items) {
        return unitCosts.costs(branch, items);
    }

    /** Releases the HTTP connections and threads — unless they are the caller's (settings with a client). */
    @Override
    public void close() {
        client.close();
    }
}
