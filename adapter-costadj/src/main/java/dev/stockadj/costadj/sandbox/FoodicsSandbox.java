package dev.stockadj.costadj.sandbox;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.stockadj.core.model.Secret;
import dev.stockadj.plumbing.sandbox.Answer;
import dev.stockadj.plumbing.sandbox.Faults;
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
import java.util.function.Supplier;

/**
 * A stateful Foodics emulator on loopback: cost adjustments (draft → closed, previous costs),
 * inventory items, levels per branch, branches and {@code /whoami}; bearer token, Laravel 422s,
 * pages of 50 with {@code links}/{@code meta}, the rate limit with 429 + {@code Retry-After}, and
 * injected faults. Seeded with the demo data {@code examples/foodics} uses. Thread-safe.
 */
public final class FoodicsSandbox extends VendorSandbox {
    public static final String TOKEN = Seed.TOKEN;
    public static final String BRANCH_RIYADH = Seed.RIYADH;
    public static final String BRANCH_JEDDAH = Seed.JEDDAH;
    public static final String USER = Seed.USER;
    public static final String OTHER_USER = Seed.OTHER_USER;
    public static final String ITEM_FLOUR = "i-flour-25kg";
    public static final String ITEM_OIL = "i-oil-5l";
    public static final String ITEM_SUGAR = "i-sugar-10kg";
    public static final String ITEM_RICE = "i-rice-5kg";
    public static final String ITEM_TOMATO = "i-tomato-kg";
    public static final String ITEM_CHEESE = "i-cheese-2kg";
    public static final int DEFAULT_LIMIT = 30;
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(1);

    private final Store store;
    private final Faults faults;
    private final Variants variants;
    private volatile Optional<Duration> injectedRetryAfter = Optional.of(Duration.ofSeconds(2));
    private volatile Duration slowDelay = Duration.ofSeconds(2);

    private FoodicsSandbox(SandboxServer server, Store store, RateWindow rate, Faults faults, ReceivedRequests log,
            Variants variants) {
        super(server, SandboxRoutes.ROOT, log, rate);
        this.store = store;
        this.faults = faults;
        this.variants = variants;
    }

    /** Starts on 127.0.0.1 ({@code port} 0: any free port), with the real clock for the rate window. */
    public static FoodicsSandbox start(int port) {
        return start(port, Instant::now);
    }

    /** Starts with {@code clock} for timestamps and the rate window (tests share a fake clock with the client). */
    public static FoodicsSandbox start(int port, Supplier<Instant> clock) {
        return start(port, clock, Optional.empty());
    }

    /**
     * Starts a sandbox that keeps its state in {@code stateFile}: the state saved there if the file exists (else
     * the demo seed), and the whole state saved there again after every request that changed it.
     *
     * @throws SandboxStateUnreadable when the file exists but does not hold a Foodics sandbox's state
     */
    public static FoodicsSandbox start(int port, Path stateFile) {
        return start(port, Instant::now, Optional.of(stateFile));
    }

    private static FoodicsSandbox start(int port, Supplier<Instant> clock, Optional<Path> stateFile) {
        Objects.requireNonNull(clock, "clock is required");
        InstantSource instants = clock::get;
        ObjectMapper json = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        Variants variants = new Variants(json);
        Store store = new Store(clock, variants);
        KeptState kept = KeptState.in(stateFile, "Foodics", json, store::snapshot);
        kept.restore(FoodicsState.class, store::restore);
        // Laravel's throttle runs before authentication, and sends the limit headers on every answer it counts
        RateWindow rate = new RateWindow(instants, Laravel.message(429, "Too Many Attempts."), true)
                .limit(DEFAULT_LIMIT, DEFAULT_WINDOW);
        Faults faults = new Faults();
        ReceivedRequests log = new ReceivedRequests();
        SandboxHandler handler = SandboxHandler.under(SandboxRoutes.ROOT, new SandboxRoutes(store, json, variants, kept).routes())
                .clock(instants).faults(faults).rateWindow(rate).log(log)
                .credentials(r -> r.header("Authorization").filter(("Bearer " + TOKEN)::equals).isPresent(),
                        Laravel.message(401, "Unauthenticated."))
                .finishing(variants::finish)
                .serverError(Laravel.message(500, "Server Error"))
                .build();
        return new FoodicsSandbox(SandboxServer.start("foodics", port, handler), store, rate, faults, log, variants);
    }

    /** The only bearer token the sandbox accepts. */
    public Secret token() {
        return new Secret(TOKEN);
    }

    /** The items the sandbox starts with: ids, SKUs, costs and on-hand per branch. */
    public static List<SeedItem> seedItems() {
        return Seed.ITEMS;
    }

    /** The item's current cost per unit at the branch (as the last closed adjustment, or the seed, set it). */
    public BigDecimal costAt(String branch, String item) {
        return store.costAt(branch, item);
    }

    /** The item's quantity on hand at the branch (0 where the branch holds no level). */
    public BigDecimal onHand(String branch, String item) {
        return store.onHand(branch, item);
    }

    /** Cost adjustments stored and not deleted. */
    public int adjustmentCount() {
        return store.adjustmentCount();
    }

    /**
     * Whether a {@code reference} sent on create is ignored and the sandbox numbers its own
     * ({@code CA1001}, ...), as Foodics might: default false.
     */
    public void ignoreClientReferences(boolean ignore) {
        store.ignoreClientReferences(ignore);
    }

    /** Page size of every list (default 50, as Foodics). */
    public void pageSize(int size) {
        store.pageSize(size);
    }

    /** Whether {@code filter[sku]} takes a comma-separated list (default true); false: the whole text is one term. */
    public void skuListsAccepted(boolean accepted) {
        store.skuListsAccepted(accepted);
    }

    /**
     * From now on answers the way each variant says, where Foodics' documents leave room (the
     * defaults are the documented shapes); {@link #answerAsDocumented()} turns them all off.
     */
    public void vary(Variant... ways) {
        for (Variant way : ways) {
            variants.set(Objects.requireNonNull(way, "variant is required"), true);
        }
    }

    /** Answers in the documented shapes again. */
    public void answerAsDocumented() {
        for (Variant way : Variant.values()) {
            variants.set(way, false);
        }
    }

    /** The next requests, one fault each, in order, whatever they ask. */
    public void failNext(Fault... faults) {
        for (Fault fault : faults) {
            Objects.requireNonNull(fault, "fault is required");
            this.faults.next(() -> injected(fault));
        }
    }

    public void failNext(Fault fault, int times) {
        Objects.requireNonNull(fault, "fault is required");
        faults.next(() -> injected(fault), times);
    }

    /** What a fault does, made when it fires: a Retry-After or delay set after arming still counts. */
    private InjectedFault injected(Fault fault) {
        return switch (fault) {
            case BAD_REQUEST -> InjectedFault.answer(Laravel.message(400, "The request could not be understood."));
            case UNAUTHORIZED -> InjectedFault.answer(Laravel.message(401, "Unauthenticated."));
            case FORBIDDEN -> InjectedFault.answer(Laravel.message(403, "This action is unauthorized."));
            case NOT_FOUND -> InjectedFault.answer(Laravel.notFound());
            case RATE_LIMITED -> {
                Answer tooMany = Laravel.message(429, "Too Many Attempts.").withHeader("X-RateLimit-Remaining", "0");
                yield InjectedFault.answer(injectedRetryAfter
                        .map(wait -> tooMany.withHeader("Retry-After", Long.toString(wait.toSeconds()))).orElse(tooMany));
            }
            case SERVER_ERROR -> InjectedFault.answer(Laravel.message(500, "Server Error"));
            case UNAVAILABLE -> InjectedFault.answer(Answer.html(503,
                    "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>"));
            case SLOW -> InjectedFault.delay(slowDelay);
            case HTML -> InjectedFault.answer(Answer.html(200,
                    "<!DOCTYPE html><html><body>Foodics is under maintenance</body></html>"));
            case MALFORMED_JSON -> InjectedFault.answer(Answer.json(200, "{\"data\": {\"id\": \"ca-1\", "));
            case STORE_THEN_DROP -> InjectedFault.dropAfterHandling();
        };
    }

    /** The {@code Retry-After} an injected {@link Fault#RATE_LIMITED} carries (default 2 s). */
    public void injectedRetryAfter(Duration wait) {
        injectedRetryAfter = Optional.of(Objects.requireNonNull(wait, "wait is required"));
    }

    /** Injected {@link Fault#RATE_LIMITED} answers carry no {@code Retry-After} header at all. */
    public void injectedRetryAfterAbsent() {
        injectedRetryAfter = Optional.empty();
    }

    /** How long a {@link Fault#SLOW} request waits, in real time, before it is handled (default 2 s). */
    public void slowDelay(Duration delay) {
        slowDelay = Objects.requireNonNull(delay, "delay is required");
    }
}
