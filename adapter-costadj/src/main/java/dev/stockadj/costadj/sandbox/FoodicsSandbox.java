package dev.stockadj.costadj.sandbox;

import dev.stockadj.plumbing.sandbox.SandboxStateUnreadable;
import dev.stockadj.plumbing.sandbox.StateFile;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpServer;
import dev.stockadj.core.model.Secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * A stateful Foodics emulator on loopback: cost adjustments (draft → closed, previous costs),
 * inventory items, levels per branch, branches and {@code /whoami}; bearer token, Laravel 422s,
 * pages of 50 with {@code links}/{@code meta}, the rate limit with 429 + {@code Retry-After}, and
 * injected faults. Seeded with the demo data {@code examples/foodics} uses. Thread-safe.
 */
public final class FoodicsSandbox implements AutoCloseable {
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
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService threads;
    private final Store store;
    private final RateWindow rate;
    private final SandboxHandler handler;
    private final Variants variants;
    private final URI baseUrl;

    private FoodicsSandbox(HttpServer server, ExecutorService threads, Store store, RateWindow rate,
            SandboxHandler handler, Variants variants, URI baseUrl) {
        this.variants = variants;
        this.server = server;
        this.threads = threads;
        this.store = store;
        this.rate = rate;
        this.handler = handler;
        this.baseUrl = baseUrl;
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
        if (System.getProperty(NODELAY) == null) {
            // the JDK server otherwise waits on delayed ACKs: about 40 ms per small answer
            System.setProperty(NODELAY, "true");
        }
        ObjectMapper json = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        Variants variants = new Variants();
        Store store = new Store(clock, variants);
        Optional<StateFile> file = stateFile.map(path -> new StateFile("Foodics", path, json));
        Optional<FoodicsState> saved = file.flatMap(f -> f.read(FoodicsState.class));
        if (saved.isPresent()) {
            try {
                store.restore(saved.get());
            } catch (RuntimeException e) {
                throw file.get().unreadable(e.getMessage() != null ? e.getMessage() : e.toString(), e);
            }
        }
        Router.StateSaver saver = file.<Router.StateSaver>map(f -> () -> f.save(store::snapshot))
                .orElse(Router.StateSaver.NONE);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
        URI baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + SandboxHandler.ROOT);
        RateWindow rate = new RateWindow(clock, DEFAULT_LIMIT, DEFAULT_WINDOW);
        SandboxHandler handler = new SandboxHandler(baseUrl.toString(), TOKEN, new Router(store, json, variants, saver), rate,
                json, clock, variants);
        server.createContext("/", handler);
        ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "foodics-sandbox");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.start();
        return new FoodicsSandbox(server, threads, store, rate, handler, variants, baseUrl);
    }

    /** The API root, e.g. {@code http://127.0.0.1:PORT/v5}. */
    public URI baseUrl() {
        return baseUrl;
    }

    public int port() {
        return baseUrl.getPort();
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

    /** Allows {@code requests} per fixed {@code window} (default 30 a minute); resets the current window. */
    public void rateLimit(int requests, Duration window) {
        rate.configure(requests, window);
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
            handler.fail(Objects.requireNonNull(fault, "fault is required"));
        }
    }

    public void failNext(Fault fault, int times) {
        for (int i = 0; i < times; i++) {
            failNext(fault);
        }
    }

    /** The {@code Retry-After} an injected {@link Fault#RATE_LIMITED} carries (default 2 s). */
    public void injectedRetryAfter(Duration wait) {
        handler.injectedRetryAfter(Optional.of(Objects.requireNonNull(wait, "wait is required")));
    }

    /** Injected {@link Fault#RATE_LIMITED} answers carry no {@code Retry-After} header at all. */
    public void injectedRetryAfterAbsent() {
        handler.injectedRetryAfter(Optional.empty());
    }

    /** How long a {@link Fault#SLOW} request waits, in real time, before it is handled (default 2 s). */
    public void slowDelay(Duration delay) {
        handler.slowDelay(Objects.requireNonNull(delay, "delay is required"));
    }

    /** Every request received, in order. */
    public List<SandboxRequest> requests() {
        return handler.log();
    }

    public int requestCount() {
        return handler.log().size();
    }

    /** How many requests were answered 429 (enforced or injected). */
    public int rateLimitedCount() {
        return (int) handler.log().stream().filter(r -> r.status() == 429).count();
    }

    /** Forgets the requests received so far (not the data). */
    public void clearRequests() {
        handler.clearLog();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
