package dev.stockadj.aolib.sandbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.stockadj.core.model.Secret;
import dev.stockadj.plumbing.sandbox.Answer;
import dev.stockadj.plumbing.sandbox.Faults;
import dev.stockadj.plumbing.sandbox.Inbound;
import dev.stockadj.plumbing.sandbox.InjectedFault;
import dev.stockadj.plumbing.sandbox.KeptState;
import dev.stockadj.plumbing.sandbox.RateWindow;
import dev.stockadj.plumbing.sandbox.ReceivedRequests;
import dev.stockadj.plumbing.sandbox.SandboxHandler;
import dev.stockadj.plumbing.sandbox.SandboxServer;
import dev.stockadj.plumbing.sandbox.SandboxStateUnreadable;
import dev.stockadj.plumbing.sandbox.VendorSandbox;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A stateful Order Time emulator on 127.0.0.1: {@code /api/adjustment} (POST, GET and DELETE by
 * {@code docNo}), {@code /api/list} (POST rows, PUT count) and {@code /api/entityref}, with the
 * seed data of {@link OrderTimeSeed}. It checks the credential headers and answers validation
 * failures with 409 and ValidationResults. Tests can make the next matching request fail.
 */
public final class OrderTimeSandbox extends VendorSandbox {
    private final SandboxCatalog catalog;
    private final SandboxStore store;
    private final SandboxRows rows;
    private final ListEndpoint lists;
    private final Faults faults;
    private volatile Duration slowDelay = Duration.ofSeconds(3);

    private OrderTimeSandbox(SandboxServer server, ReceivedRequests log, RateWindow rate, Faults faults,
                             SandboxCatalog catalog, SandboxStore store, SandboxRows rows, ListEndpoint lists) {
        super(server, SandboxRoutes.ROOT, log, rate);
        this.faults = faults;
        this.catalog = catalog;
        this.store = store;
        this.rows = rows;
        this.lists = lists;
    }

    /** Starts a sandbox on 127.0.0.1 at {@code port} (0 = any free port). */
    public static OrderTimeSandbox start(int port) {
        return start(port, InstantSource.system(), Optional.empty());
    }

    /** Starts with {@code clock} for the request log and the rate window (tests share a fake clock with the client). */
    public static OrderTimeSandbox start(int port, Supplier<Instant> clock) {
        Objects.requireNonNull(clock, "clock is required");
        return start(port, clock::get, Optional.empty());
    }

    /**
     * Starts a sandbox that keeps its state in {@code stateFile}: the state saved there if the file exists (else
     * the seed), and the whole state saved there again after every request that changed it.
     *
     * @throws SandboxStateUnreadable when the file exists but does not hold an Order Time sandbox's state
     */
    public static OrderTimeSandbox start(int port, Path stateFile) {
        return start(port, InstantSource.system(), Optional.of(stateFile));
    }

    private static OrderTimeSandbox start(int port, InstantSource clock, Optional<Path> stateFile) {
        ObjectMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        SandboxCatalog catalog = SandboxCatalog.seeded();
        SandboxStore store = new SandboxStore(json, catalog);
        KeptState kept = KeptState.in(stateFile, "Order Time", json, store::snapshot);
        kept.restore(OrderTimeState.class, store::restore);
        SandboxRows rows = new SandboxRows(json, catalog, store);
        ListEndpoint lists = new ListEndpoint(json, rows);
        Faults faults = new Faults();
        ReceivedRequests log = new ReceivedRequests();
        // Order Time documents no rate limit: none until a test sets one
        RateWindow rate = new RateWindow(clock, Answer.text(429, "Too many requests."), false);
        SandboxHandler handler = SandboxHandler.under(SandboxRoutes.ROOT,
                        new SandboxRoutes(json, store, lists, kept).routes())
                .clock(clock).faults(faults).rateWindow(rate).log(log)
                .credentials(OrderTimeSandbox::authorised,
                        Answer.text(401, "Authorization has been denied for this request."))
                .serverError(Answer.text(500, "An error has occurred."))
                .build();
        return new OrderTimeSandbox(SandboxServer.start("ordertime", port, handler), log, rate, faults, catalog, store,
                rows, lists);
    }

    public Secret apiKey() {
        return new Secret(OrderTimeSeed.API_KEY);
    }

    public String email() {
        return OrderTimeSeed.EMAIL;
    }

    public Secret password() {
        return new Secret(OrderTimeSeed.PASSWORD);
    }

    public Secret devKey() {
        return new Secret(OrderTimeSeed.DEV_KEY);
    }

    /** On hand of an item at a location, in one bin (by name) and lot or serial; empty means "none". */
    public BigDecimal onHand(int item, int location, Optional<String> bin, Optional<String> lot) {
        int binId = bin.map(name -> catalog.bin(location, Optional.empty(), Optional.of(name))
                .map(SandboxCatalog.SandboxBin::id).orElse(-1)).orElse(0);
        return binId < 0 ? BigDecimal.ZERO : store.onHand(new StockKey(item, location, binId, lot.orElse("")));
    }

    /** On hand of an item at a location over all its bins and lots. */
    public BigDecimal onHand(int item, int location) {
        return store.onHand(item, location);
    }

    /**
     * Adds {@code count} plain items (not kept in bins, no lots or serials, nothing on hand) for tests of large counts,
     * before the sandbox serves any request; returns their names (the SKUs a count gives).
     */
    public List<String> seedItems(int count) {
        return catalog.addPlainItems(count);
    }

    /** How many adjustments are stored now. */
    public int adjustmentCount() {
        return store.adjustmentCount();
    }

    /** The stored adjustment as Order Time would answer it. */
    public Optional<String> adjustment(int docNo) {
        return store.adjustment(docNo);
    }

    /** Makes the next request for this method and path (under {@code /api}) fail as given. Failures queue. */
    public void failNext(String method, String path, SandboxFailure failure) {
        Objects.requireNonNull(failure, "failure is required");
        faults.nextOn(method, path, () -> injected(failure));
    }

    /** Makes the next {@code POST /adjustment} fail as given. */
    public void failNextAdjustmentPost(SandboxFailure failure) {
        failNext("POST", "/adjustment", failure);
    }

    /** How {@code /list} operator 12 ("like") matches from now on; Order Time does not document it. */
    public void likeSemantics(LikeSemantics semantics) {
        lists.like(semantics);
    }

    /**
     * Serves {@code /list} rows the other plausible ways from now on (a field absent, another name or format);
     * no variants restores the default rows. Validation of adjustments does not change.
     */
    public void rowVariants(RowVariant... variants) {
        rows.variants(Set.of(variants));
    }

    /** How long {@link SandboxFailure#SLOW} waits before answering. */
    public void slowDelay(Duration delay) {
        this.slowDelay = delay;
    }

    private static boolean authorised(Inbound request) {
        boolean secondFactor = request.header("password").filter(OrderTimeSeed.PASSWORD::equals).isPresent()
                || request.header("DevKey").filter(OrderTimeSeed.DEV_KEY::equals).isPresent();
        return request.header("apiKey").filter(OrderTimeSeed.API_KEY::equals).isPresent()
                && request.header("email").filter(OrderTimeSeed.EMAIL::equals).isPresent() && secondFactor;
    }

    /** What a failure does, made when it fires (a {@link #slowDelay} set after arming still counts). */
    private InjectedFault injected(SandboxFailure failure) {
        return switch (failure) {
            case BAD_REQUEST_TEXT -> answer(Answer.text(400, "Bad Request: the adjustment could not be processed."));
            case BAD_REQUEST_JSON -> answer(Answer.json(400, "{\"Message\":\"The request is invalid.\"}"));
            case UNAUTHORIZED -> answer(Answer.text(401, "Authorization has been denied for this request."));
            case FORBIDDEN -> answer(Answer.text(403, "Your role does not have rights to Adjustment."));
            case RATE_LIMITED -> answer(Answer.text(429, "Too many requests.").withHeader("Retry-After", "7"));
            case SERVER_ERROR -> answer(Answer.text(500, "An error has occurred."));
            case SERVICE_UNAVAILABLE -> answer(Answer.text(503, "Service Unavailable"));
            case HTML -> answer(Answer.html(200, "<html><body><h1>Maintenance</h1></body></html>"));
            case MALFORMED_JSON -> answer(Answer.json(200, "{\"DocNo\": 10"));
            case SLOW -> InjectedFault.delay(slowDelay);
            case STORE_THEN_DROP -> InjectedFault.dropAfterHandling();
        };
    }

    private static InjectedFault answer(Answer answer) {
        return InjectedFault.answer(answer);
    }
}
