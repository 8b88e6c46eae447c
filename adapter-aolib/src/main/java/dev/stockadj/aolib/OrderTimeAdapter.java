package dev.stockadj.aolib;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.aolib.dto.Adjustment;
import dev.stockadj.aolib.dto.AdjustmentHeader;
import dev.stockadj.aolib.dto.ListFilter;
import dev.stockadj.core.model.AccountId;
import dev.stockadj.core.model.plan.Accounts;
import dev.stockadj.core.model.vendor.AccountsPerDocument;
import dev.stockadj.core.model.plan.AdjustmentDocument;
import dev.stockadj.core.model.plan.BookQuantities;
import dev.stockadj.core.model.vendor.Destination;
import dev.stockadj.core.model.IdempotencyKey;
import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.LocationId;
import dev.stockadj.core.model.plan.PlannedLine;
import dev.stockadj.core.model.Problem;
import dev.stockadj.core.model.vendor.QuantityMode;
import dev.stockadj.core.model.vendor.ReadBack;
import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.Sku;
import dev.stockadj.core.model.vendor.VendorCapabilities;
import dev.stockadj.core.model.VendorDocumentId;
import dev.stockadj.core.model.VendorName;
import dev.stockadj.core.port.out.DeletePostedDocumentPort;
import dev.stockadj.core.port.out.DescribeVendorPort;
import dev.stockadj.core.port.out.FindPostedDocumentPort;
import dev.stockadj.core.port.out.ItemResolution;
import dev.stockadj.core.port.out.PositionCount;
import dev.stockadj.core.port.out.PostAdjustmentPort;
import dev.stockadj.core.port.out.PostedDocument;
import dev.stockadj.core.port.out.ReadBookQuantitiesPort;
import dev.stockadj.core.port.out.ResolveItemsPort;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorFailure;
import dev.stockadj.core.port.out.VendorNotFound;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorRateLimited;
import dev.stockadj.core.port.out.VendorUnavailable;
import dev.stockadj.core.port.out.VerifyReferencesPort;
import dev.stockadj.core.port.out.ClockPort;
import dev.stockadj.plumbing.http.CallerClock;
import dev.stockadj.plumbing.http.Exchange;
import dev.stockadj.plumbing.http.OriginCredentials;
import dev.stockadj.plumbing.http.RateLimiter;
import dev.stockadj.plumbing.http.Redactor;
import dev.stockadj.plumbing.http.StatusFailures;
import dev.stockadj.plumbing.http.VendorClient;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Order Time (AOLib7) adjustments: signed deltas on one offset account per document, with bin
 * and lot/serial details. Built by {@link #create(OrderTimeSettings)}; close it to release the
 * HTTP client.
 */
public final class OrderTimeAdapter implements DescribeVendorPort, ReadBookQuantitiesPort, ResolveItemsPort,
        VerifyReferencesPort, PostAdjustmentPort, FindPostedDocumentPort, DeletePostedDocumentPort, AutoCloseable {

    public static final VendorName VENDOR = new VendorName("ordertime");
    /** Order Time keeps quantities and costs as decimals; four places is what its forms show [guess]. */
    static final int QUANTITY_SCALE = 4;
    static final int COST_SCALE = 4;

    private final OrderTimeSettings settings;
    private final VendorClient http;
    private final OrderTimeClient client;
    private final Catalog catalog;
    private final PositionVerifier positions;

    private OrderTimeAdapter(OrderTimeSettings settings, VendorClient http, OrderTimeClient client) {
        this.settings = settings;
        this.http = http;
        this.client = client;
        this.catalog = new Catalog(client);
        this.positions = new PositionVerifier(catalog);
    }

    /**
     * An adapter on a client of its own, or on the caller's ({@link OrderTimeSettings#withHttpClient}): then its
     * dispatcher, pool, proxy, TLS, interceptors and listeners are kept, and retries, redirects, timeouts and
     * credentials are the adapter's whatever that client was built with. It reads the time from the settings' clock
     * (the system's when none) and really waits.
     */
    public static OrderTimeAdapter create(OrderTimeSettings settings) {
        return create(settings, CallerClock.of(settings.clock()));
    }

    /**
     * An adapter whose rate limit and Retry-After waits read and wait through {@code clock} (tests pass one whose
     * {@code sleep} only moves it on); it takes the place of the settings' clock.
     */
    public static OrderTimeAdapter create(OrderTimeSettings settings, ClockPort clock) {
        ObjectMapper json = OrderTimeMapper.json();
        VendorClient http = client(settings);
        Redactor redactor = new Redactor(Stream.concat(Stream.of(settings.apiKey()),
                Stream.concat(settings.password().stream(), settings.devKey().stream())).toList());
        OrderTimeFailures failures = new OrderTimeFailures(new StatusFailures("Order Time", redactor, json));
        Exchange exchange = new Exchange("Order Time", new RateLimiter("Order Time", settings.rateLimit(), clock), clock,
                redactor, "dev.stockadj.aolib.http", 0,
                Exchange.AnswerCheck.failing(OrderTimeFailures::passes, failures::status), http::closeIdleConnections);
        return new OrderTimeAdapter(settings, http,
                new OrderTimeClient(http.api(OrderTimeApi.class, json), json, failures, exchange));
    }

    /**
     * The HTTP client for {@code settings}: Order Time's credential headers ({@code apiKey}, {@code email}, and
     * {@code password} or {@code DevKey}) to its origin only.
     */
    static VendorClient client(OrderTimeSettings settings) {
        Map<String, Secret> headers = new LinkedHashMap<>();
        headers.put("apiKey", settings.apiKey());
        headers.put("email", new Secret(settings.email()));
        settings.password().ifPresent(password -> headers.put("password", password));
        settings.devKey().ifPresent(devKey -> headers.put("DevKey", devKey));
        return VendorClient.build(settings.baseUrl(), settings.httpClient(), settings.connectTimeout(),
                settings.readTimeout(), new OriginCredentials(settings.baseUrl(), headers,
                        Set.of("apiKey", "email", "password", "DevKey")));
    }

    /** Order Time at the configured API's origin. */
    @Override
    public Destination destination() {
        return Destination.of(VENDOR, settings.baseUrl());
    }

    @Override
    public VendorCapabilities capabilities() {
        return new VendorCapabilities(VENDOR, QuantityMode.DELTA, AccountsPerDocument.SINGLE,
                settings.maxLinesPerDocument(), QUANTITY_SCALE, COST_SCALE, true, true, false, ReadBack.BY_SEARCH,
                true);
    }

    @Override
    public BookQuantities read(LocationId location, Set<ItemId> items) {
        return items.isEmpty() ? BookQuantities.empty() : catalog.onHand(location, items);
    }

    @Override
    public ItemResolution resolve(Set<Sku> skus) {
        return skus.isEmpty() ? new ItemResolution(Map.of(), Set.of()) : catalog.resolve(skus);
    }

    @Override
    public List<Problem> verify(LocationId location, Optional<Accounts> accounts) {
        List<Problem> problems = new ArrayList<>();
        if (missing(Queries.LOCATION, List.of(location.value())).contains(location.value())) {
            problems.add(Problem.ofInput("ordertime.location-id",
                    "location " + location.value() + " does not exist in Order Time"));
        }
        accounts.ifPresent(a -> {
            Set<String> ids = new LinkedHashSet<>(List.of(a.gain().value(), a.loss().value()));
            Set<String> absent = missing(Queries.ACCOUNT, List.copyOf(ids));
            report(absent, a.gain(), "ordertime.gain-account-id", "gain", problems);
            report(absent, a.loss(), "ordertime.loss-account-id", "loss", problems);
        });
        return problems;
    }

    @Override
    public List<Problem> verifyPositions(LocationId location, List<PositionCount> counted) {
        return positions.verify(location, counted);
    }

    /**
     * Order Time documents no setting on items that says whether they may be kept in bins, so a bin is checked
     * against the location only; whether the item may be there is Order Time's to say when the document arrives.
     */
    @Override
    public List<String> unchecked(LocationId location, List<PositionCount> counted) {
        List<String> binned = counted.stream().filter(p -> p.position().bin().isPresent())
                .map(p -> p.position().item().value()).distinct().sorted().toList();
        if (binned.isEmpty()) {
            return List.of();
        }
        return List.of("whether item(s) " + String.join(", ", binned.size() > 10 ? binned.subList(0, 10) : binned)
                + (binned.size() > 10 ? " and " + (binned.size() - 10) + " more" : "")
                + " may be kept in the bins they were counted in: Order Time documents no bin setting on items,"
                + " so only the bins' location was checked");
    }

    /**
     * Posts the document. Its positions were verified before it was planned ({@link #verifyPositions}); an unknown
     * bin, a serial number moving more than one unit or a lot or serial detail without an expiry is still refused
     * here, before the request, should stock data have changed since. The expiry of a known lot or serial number
     * the count gave none for is read from Order Time's record (type 1100) in one batched query.
     */
    @Override
    public PostedDocument post(AdjustmentDocument document) {
        DetailsRule.check(document);
        Set<ItemId> lotItems = document.lines().stream().map(PlannedLine::position)
                .filter(p -> p.lot().isPresent()).map(p -> p.item()).collect(Collectors.toSet());
        Map<ItemId, Tracking> tracking = lotItems.isEmpty() ? Map.of()
                : beforeSending(document, () -> catalog.tracking(lotItems));
        boolean binned = document.lines().stream().anyMatch(l -> l.position().bin().isPresent());
        BinDirectory bins = binned ? beforeSending(document, () -> catalog.bins(document.location()))
                : BinDirectory.empty();
        Set<LotRecords.Key> undated = document.lines().stream()
                .filter(l -> l.position().lot().isPresent() && l.expires().isEmpty())
                .map(l -> new LotRecords.Key(l.position().item(), l.position().lot().get()))
                .collect(Collectors.toSet());
        LotRecords lots = undated.isEmpty() ? LotRecords.none() : beforeSending(document, () -> catalog.lots(undated));
        Adjustment adjustment = OrderTimeMapper.toAdjustment(document, tracking, bins, lots);
        String answer = client.postAdjustment(adjustment);
        return posted(answer, "POST /adjustment");
    }

    /**
     * A read made before the document is sent. Whatever goes wrong with it, the document was not sent: a
     * failure is reported as unavailable and not sent (authentication and rate limits keep their own kind),
     * never as a rejection of the document or as an uncertain outcome.
     */
    private static <T> T beforeSending(AdjustmentDocument document, Supplier<T> read) {
        try {
            return read.get();
        } catch (VendorAuthFailed | VendorRateLimited e) {
            throw e;
        } catch (VendorUnavailable e) {
            if (e.maybeSent()) {
                throw new VendorUnavailable(false, e.getMessage(), null);
            }
            throw e;
        } catch (VendorFailure e) {
            throw new VendorUnavailable(false, "Order Time could not be read before sending " + document.key()
                    + ", so nothing was sent: " + e.getMessage(), null);
        }
    }

    /**
     * Finds a posted adjustment by the key in its {@code Memo}. Order Time does not say how its
     * "like" operator treats wildcards, and a wrong "not found" here would send a delta twice, so
     * the search does not rest on it: the key bare, then as {@code %key%}, and if neither finds it,
     * every adjustment at the document's location, the key matched here.
     */
    @Override
    public Optional<PostedDocument> find(AdjustmentDocument document) {
        IdempotencyKey key = document.key();
        Optional<Integer> docNo = carrying(key, ListFilter.like("Memo", key.value()))
                .or(() -> carrying(key, ListFilter.like("Memo", "%" + key.value() + "%")))
                .or(() -> carrying(key, ListFilter.equal("LocationRef.Id", document.location().value())));
        return docNo.flatMap(n -> read(new VendorDocumentId(String.valueOf(n))));
    }

    /** The first adjustment the query lists whose memo carries the key. */
    private Optional<Integer> carrying(IdempotencyKey key, ListFilter filter) {
        return client.listAll(Queries.of(Queries.ADJUSTMENT, "DocNo", filter), AdjustmentHeader.class).stream()
                .filter(r -> r.docNo() != null && IdempotencyKey.findIn(r.memo()).filter(key::equals).isPresent())
                .map(AdjustmentHeader::docNo)
                .min(Comparator.naturalOrder());
    }

    /** Reads a posted adjustment by its DocNo ({@code GET /adjustment?docNo=}); empty when Order Time has none. */
    public Optional<PostedDocument> read(VendorDocumentId docNo) {
        try {
            return Optional.of(posted(client.getAdjustment(number(docNo)), "GET /adjustment"));
        } catch (VendorNotFound e) {
            return Optional.empty();
        }
    }

    /**
     * Deletes a posted adjustment ({@code DELETE /adjustment?docNo=}), undoing its stock movement.
     *
     * @throws VendorNotFound when Order Time has no such document
     */
    public void delete(VendorDocumentId docNo) {
        String answer = client.deleteAdjustment(number(docNo));
        JsonNode node = client.tree(answer, "DELETE /adjustment");
        if (!(node.isBoolean() && node.asBoolean())) {
            throw new VendorProtocolError("Order Time did not answer true to deleting adjustment " + docNo, null);
        }
    }

    /**
     * Whether Order Time still holds, as {@code docNo}, the adjustment whose {@code Memo} carries {@code key}
     * ({@code GET /adjustment?docNo=}): after a delete whose outcome was lost, false means the delete landed. A DocNo
     * that now names another adjustment is not the one deleted, so it counts as gone, never as one to delete again.
     */
    @Override
    public boolean holds(VendorDocumentId docNo, IdempotencyKey key) {
        return read(docNo).map(posted -> client.convert(client.tree(posted.response(), "GET /adjustment"),
                        AdjustmentHeader.class, "GET /adjustment", posted.response()))
                .flatMap(header -> IdempotencyKey.findIn(header.memo())).filter(key::equals).isPresent();
    }

    /** Releases the client's threads and connections — unless they are the caller's (settings with a client). */
    @Override
    public void close() {
        http.close();
    }

    private PostedDocument posted(String answer, String what) {
        JsonNode node = client.tree(answer, what);
        if (!node.isObject()) {
            throw new VendorProtocolError("Order Time answered " + what + " without an adjustment object", null);
        }
        AdjustmentHeader header = client.convert(node, AdjustmentHeader.class, what, answer);
        if (header.docNo() == null) {
            throw new VendorProtocolError("Order Time answered " + what + " without a DocNo", null);
        }
        return new PostedDocument(new VendorDocumentId(String.valueOf(header.docNo())), answer);
    }

    private Set<String> missing(int type, List<String> ids) {
        List<String> numeric = ids.stream().filter(OrderTimeAdapter::isNumber).toList();
        Set<String> existing = numeric.isEmpty() ? Set.of() : catalog.existing(type, numeric);
        Set<String> missing = new LinkedHashSet<>(ids);
        missing.removeAll(existing);
        return missing;
    }

    private static void report(Set<String> absent, AccountId account, String field, String role,
            List<Problem> problems) {
        if (absent.contains(account.value())) {
            problems.add(Problem.ofInput(field, role + " account " + account.value() + " does not exist in Order Time"));
        }
    }

    private static int number(VendorDocumentId docNo) {
        if (!isNumber(docNo.value())) {
            throw new IllegalArgumentException("an Order Time DocNo is a whole number: '" + docNo.value() + "'");
        }
        return Integer.parseInt(docNo.value());
    }

    private static boolean isNumber(String text) {
        return text.matches("\\d{1,9}");
    }
}
