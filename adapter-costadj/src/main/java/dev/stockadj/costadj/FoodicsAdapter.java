package dev.stockadj.costadj;

import dev.stockadj.plumbing.http.RequestLog;
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
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

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
    private static final VendorCapabilities CAPABILITIES = new VendorCapabilities(VENDOR, QuantityMode.NONE,
            AccountsPerDocument.SINGLE, MAX_LINES_PER_DOCUMENT, 4, 4, false, false, true, ReadBack.BY_SEARCH, true);

    private final OkHttpClient http;
    private final boolean ownsConnections;
    private final FoodicsCostAdjustments costs;
    private final FoodicsInventory inventory;
    private final FoodicsBranches branches;
    private final FoodicsUnitCosts unitCosts;

    private FoodicsAdapter(OkHttpClient http, boolean ownsConnections, FoodicsCostAdjustments costs,
            FoodicsInventory inventory, FoodicsBranches branches, FoodicsUnitCosts unitCosts) {
        this.http = http;
        this.ownsConnections = ownsConnections;
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
        return create(settings, settings.clock().<ClockPort>map(CallerClock::new).orElseGet(ClockPort::system));
    }

    /**
     * An adapter whose throttle, back-off and Retry-After waits read and wait through
     * {@code clock} (tests pass a fake clock whose {@code sleep} only advances it); it takes the place of the
     * settings' {@link FoodicsSettings#clock() clock}.
     */
    public static FoodicsAdapter create(FoodicsSettings settings, ClockPort clock) {
        Objects.requireNonNull(settings, "settings is required");
        Objects.requireNonNull(clock, "clock is required");
        ObjectMapper json = Json.mapper();
        OkHttpClient http = HttpClients.build(settings);
        FoodicsApi api = new Retrofit.Builder()
                .baseUrl(settings.retrofitBase())
                .client(http)
                .addConverterFactory(JacksonConverterFactory.create(json))
                .build()
                .create(FoodicsApi.class);
        Redactor redactor = new Redactor(settings.token());
        Exchange exchange = new Exchange(new Throttle(settings.requestsPerMinute(), clock),
                new FailureMapper(json, redactor), new RequestLog("dev.stockadj.costadj.http", redactor::redact));
        Decoder decoder = new Decoder(json, redactor);
        CreatorLookup creators = new CreatorLookup(settings.creatorId(), api, exchange, decoder);
        return new FoodicsAdapter(http, settings.httpClient().isEmpty(),
                new FoodicsCostAdjustments(settings.relativeResource(), api, exchange, decoder, creators),
                new FoodicsInventory(api, exchange, decoder),
                new FoodicsBranches(api, exchange, decoder),
                new FoodicsUnitCosts(api, exchange, decoder));
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
        if (ownsConnections) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
