package dev.stockadj.qoyod.sandbox;

import dev.stockadj.plumbing.sandbox.SandboxStateUnreadable;
import dev.stockadj.plumbing.sandbox.StateFile;
import com.sun.net.httpserver.HttpServer;
import dev.stockadj.core.model.Secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stateful Qoyod emulator on 127.0.0.1, for tests, {@code --sandbox} and exploring with curl. It behaves
 * as VENDORS.md describes Qoyod: the {@code API-KEY} header or an OAuth 2.0 {@code Authorization: Bearer}
 * token checked (401), validation failures as {@code 200} +
 * {@code {"errors": {field: [messages]}}}, accepted adjustments set stock to {@code actual_quantity},
 * lists paged with {@code page}/{@code per_page} and answered {@code 404} "Sorry, we found nothing." when
 * empty, decimals as strings, 300 requests per minute then {@code 429} + {@code Retry-After}.
 *
 * <p>Demo seed: inventories {@value #MAIN_WAREHOUSE} "Main Warehouse" and {@value #BRANCH_STORE}
 * "Branch Store"; accounts 101 "Cash", {@value #GAINS_ACCOUNT} "Inventory Gains" (revenue) and
 * {@value #SHRINKAGE_ACCOUNT} "Inventory Shrinkage" (expense); products (id, SKU, buying price, stock at
 * 12 / 14): 88 WID-A 12.50 40/5, 91 WID-B 4.00 130/0, 93 WID-C 22.75 7.5/2, 95 WID-D 9.99 0/10,
 * 97 WID-E 3.20 18/0, and 99 SRV-INSTALL 150.00, a service that does not track quantity.
 */
public final class QoyodSandbox implements AutoCloseable {
    /** The key the sandbox accepts (send it as {@code API-KEY}). */
    public static final String DEMO_API_KEY = "qoyod-sandbox-demo-key";
    /** The OAuth 2.0 access token the sandbox accepts (send it as {@code Authorization: Bearer …}). */
    public static final String DEMO_ACCESS_TOKEN = "qoyod-sandbox-demo-token";
    public static final long MAIN_WAREHOUSE = 12;
    public static final long BRANCH_STORE = 14;
    public static final long GAINS_ACCOUNT = 301;
    public static final long SHRINKAGE_ACCOUNT = 502;
    public static final long WIDGET_A = 88;
    public static final long WIDGET_B = 91;
    public static final long WIDGET_C = 93;
    public static final long WIDGET_D = 95;
    public static final long WIDGET_E = 97;
    public static final long INSTALLATION_SERVICE = 99;
    /** Qoyod's documented limit. */
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 300;
    /** Products added by {@link #seedProducts(int)} get ids from here on. */
    public static final long FIRST_GENERATED_ID = 1001;

    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;
    private final SandboxData data;
    private final SandboxHandler handler;
    private final RateWindow rate;

    private QoyodSandbox(HttpServer server, ExecutorService executor, SandboxData data, SandboxHandler handler,
                         RateWindow rate) {
        this.server = server;
        this.executor = executor;
        this.data = data;
        this.handler = handler;
        this.rate = rate;
    }

    /** Starts a seeded sandbox on 127.0.0.1; port 0 takes any free port. */
    public static QoyodSandbox start(int port) {
        return start(port, DEFAULT_REQUESTS_PER_MINUTE);
    }

    public static QoyodSandbox start(int port, int requestsPerMinute) {
        return start(port, requestsPerMinute, Optional.empty());
    }

    /**
     * Starts a sandbox that keeps its state in {@code stateFile}: the state saved there if the file exists (else
     * the demo seed), and the whole state saved there again after every request that changed it.
     *
     * @throws SandboxStateUnreadable when the file exists but does not hold a Qoyod sandbox's state
     */
    public static QoyodSandbox start(int port, Path stateFile) {
        return start(port, DEFAULT_REQUESTS_PER_MINUTE, Optional.of(stateFile));
    }

    private static QoyodSandbox start(int port, int requestsPerMinute, Optional<Path> stateFile) {
        disableNagle();
        SandboxData data = new SandboxData();
        SandboxJson json = new SandboxJson(data);
        Optional<StateFile> file = stateFile.map(path -> new StateFile("Qoyod", path, json.mapper()));
        Optional<QoyodState> saved = file.flatMap(f -> f.read(QoyodState.class));
        if (saved.isPresent()) {
            try {
                data.restore(saved.get());
            } catch (RuntimeException e) {
                throw file.get().unreadable(e.getMessage() != null ? e.getMessage() : e.toString(), e);
            }
        } else {
            DemoSeed.into(data);
        }
        SandboxRoutes.StateSaver saver = file.<SandboxRoutes.StateSaver>map(f -> () -> f.save(data::snapshot))
                .orElse(SandboxRoutes.StateSaver.NONE);
        RateWindow rate = new RateWindow(requestsPerMinute);
        SandboxHandler handler = new SandboxHandler(DEMO_API_KEY, DEMO_ACCESS_TOKEN, rate,
                new SandboxRoutes(data, json, Clock.systemUTC(), saver));
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "qoyod-sandbox");
            thread.setDaemon(true);
            return thread;
        });
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
            server.createContext("/", handler);
            server.setExecutor(executor);
            server.start();
            return new QoyodSandbox(server, executor, data, handler, rate);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("cannot start the Qoyod sandbox on 127.0.0.1:" + port, e);
        }
    }

    /**
     * The JDK server otherwise waits for delayed ACKs on every small answer (about 40 ms a request). Read
     * once per JVM, when the first JDK HTTP server starts; an explicit setting is left alone.
     */
    private static void disableNagle() {
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** e.g. {@code http://127.0.0.1:PORT/2.0}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port() + "/2.0");
    }

    public Secret apiKey() {
        return new Secret(DEMO_API_KEY);
    }

    public Secret accessToken() {
        return new Secret(DEMO_ACCESS_TOKEN);
    }

    /**
     * For each request so far, the credential headers it carried, by name ({@code API-KEY},
     * {@code Authorization}), joined with "+"; "none" for a request that carried neither.
     */
    public List<String> credentialHeaders() {
        return handler.credentialHeaders();
    }

    /** Answers the next accepted adjustment other than Qoyod stored it (see {@link Tamper}). */
    public void tamperNextAnswer(Tamper tamper) {
        handler.tamperNext(tamper);
    }

    /** A tracked product's stock at an inventory (zero where it holds none); empty for unknown products and services. */
    public Optional<BigDecimal> stock(long productId, long inventoryId) {
        return data.stock(productId, inventoryId);
    }

    /**
     * Adds {@code count} quantity-tracked products: ids from {@value #FIRST_GENERATED_ID} (or after the
     * highest id), SKU {@code GEN-00001}..., barcode {@code 29} + 11 digits, buying price 2.50, stock
     * {@code n % 50} at the main warehouse.
     */
    public List<SandboxProduct> seedProducts(int count) {
        long first = Math.max(FIRST_GENERATED_ID, data.maxProductId() + 1);
        List<SandboxProduct> added = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            SandboxProduct product = new SandboxProduct(first + n - 1, "Generated " + n, String.format("GEN-%05d", n),
                    String.format("29%011d", n), true, new BigDecimal("2.50"));
            data.addProduct(product, Map.of(MAIN_WAREHOUSE, BigDecimal.valueOf(n % 50)));
            added.add(product);
        }
        return added;
    }

    public void addProduct(SandboxProduct product, BigDecimal stockAtMainWarehouse) {
        data.addProduct(product, Map.of(MAIN_WAREHOUSE, stockAtMainWarehouse));
    }

    /** Removes every inventory, so {@code GET /inventories} answers 404. */
    public void clearInventories() {
        data.clearInventories();
    }

    /** The next request gets this failure instead of its answer. */
    public void failNext(SandboxFailure failure) {
        handler.failNext(failure);
    }

    /** The next request is served only after this delay (a valid adjustment is still stored). */
    public void delayNext(Duration delay) {
        handler.delayNext(delay);
    }

    public void setRequestsPerMinute(int limit) {
        rate.setLimit(limit);
    }

    /** Every request received, as {@code METHOD /path?decoded=query}, in order. */
    public List<String> requests() {
        return handler.log();
    }

    public int requestCount() {
        return requests().size();
    }

    public void clearRequests() {
        handler.clearLog();
    }

    /** Ids of the adjustments stored, in order. */
    public List<Long> adjustmentIds() {
        return data.adjustments().stream().map(SandboxData.Stored::id).toList();
    }

    /** The description of each stored adjustment, in order (it carries stockadj's idempotency key). */
    public List<String> adjustmentDescriptions() {
        return data.adjustments().stream().map(s -> s.adjustment().description()).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
