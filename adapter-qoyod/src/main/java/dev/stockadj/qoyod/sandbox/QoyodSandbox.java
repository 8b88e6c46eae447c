package dev.stockadj.qoyod.sandbox;

import dev.stockadj.core.model.Secret;
import dev.stockadj.plumbing.sandbox.Faults;
import dev.stockadj.plumbing.sandbox.InjectedFault;
import dev.stockadj.plumbing.sandbox.Inbound;
import dev.stockadj.plumbing.sandbox.KeptState;
import dev.stockadj.plumbing.sandbox.RateWindow;
import dev.stockadj.plumbing.sandbox.ReceivedRequests;
import dev.stockadj.plumbing.sandbox.SandboxHandler;
import dev.stockadj.plumbing.sandbox.SandboxRequest;
import dev.stockadj.plumbing.sandbox.SandboxServer;
import dev.stockadj.plumbing.sandbox.SandboxStateUnreadable;
import dev.stockadj.plumbing.sandbox.VendorSandbox;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

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
public final class QoyodSandbox extends VendorSandbox {
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

    private final SandboxData data;
    private final SandboxRoutes routes;
    private final Faults faults;

    private QoyodSandbox(SandboxServer server, SandboxData data, SandboxRoutes routes, Faults faults, RateWindow rate,
                         ReceivedRequests log) {
        super(server, SandboxRoutes.ROOT, log, rate);
        this.data = data;
        this.routes = routes;
        this.faults = faults;
    }

    /** Starts a seeded sandbox on 127.0.0.1; port 0 takes any free port. */
    public static QoyodSandbox start(int port) {
        return start(port, DEFAULT_REQUESTS_PER_MINUTE);
    }

    public static QoyodSandbox start(int port, int requestsPerMinute) {
        return start(port, requestsPerMinute, Optional.empty(), InstantSource.system());
    }

    /** Starts with {@code clock} for dates, time stamps and the rate window (tests share a fake clock with the client). */
    public static QoyodSandbox start(int port, Supplier<Instant> clock) {
        Objects.requireNonNull(clock, "clock is required");
        return start(port, DEFAULT_REQUESTS_PER_MINUTE, Optional.empty(), clock::get);
    }

    /**
     * Starts a sandbox that keeps its state in {@code stateFile}: the state saved there if the file exists (else
     * the demo seed), and the whole state saved there again after every request that changed it.
     *
     * @throws SandboxStateUnreadable when the file exists but does not hold a Qoyod sandbox's state
     */
    public static QoyodSandbox start(int port, Path stateFile) {
        return start(port, DEFAULT_REQUESTS_PER_MINUTE, Optional.of(stateFile), InstantSource.system());
    }

    private static QoyodSandbox start(int port, int requestsPerMinute, Optional<Path> stateFile, InstantSource clock) {
        SandboxData data = new SandboxData();
        SandboxJson json = new SandboxJson(data);
        KeptState kept = KeptState.in(stateFile, "Qoyod", json.mapper(), data::snapshot);
        if (!kept.restore(QoyodState.class, data::restore)) {
            DemoSeed.into(data);
        }
        SandboxRoutes routes = new SandboxRoutes(data, json, clock, kept);
        Faults faults = new Faults();
        RateWindow rate = new RateWindow(clock, QoyodAnswers.message(429, "Too many requests"), false)
                .limit(requestsPerMinute, Duration.ofMinutes(1));
        ReceivedRequests log = new ReceivedRequests();
        SandboxHandler handler = SandboxHandler.under(SandboxRoutes.ROOT, routes.routes()).clock(clock)
                .faults(faults).rateWindow(rate).log(log)
                .credentials(QoyodSandbox::authorised,
                        QoyodAnswers.message(401, "Unauthorized: invalid API-KEY or access token"))
                .serverError(QoyodAnswers.injected(SandboxFailure.SERVER_ERROR))
                .build();
        return new QoyodSandbox(SandboxServer.start("qoyod", port, handler), data, routes, faults, rate, log);
    }

    /** Either credential will do; a request carrying a wrong one of them is refused even if the other is right. */
    private static boolean authorised(Inbound request) {
        Optional<String> key = request.header("API-KEY");
        Optional<String> bearer = request.header("Authorization");
        return (key.isPresent() || bearer.isPresent()) && key.map(DEMO_API_KEY::equals).orElse(true)
                && bearer.map(("Bearer " + DEMO_ACCESS_TOKEN)::equals).orElse(true);
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
        return log().all().stream().map(QoyodSandbox::credentialNames).toList();
    }

    private static String credentialNames(SandboxRequest request) {
        List<String> names = new ArrayList<>();
        for (String name : List.of("API-KEY", "Authorization")) {
            if (request.hasHeader(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? "none" : String.join("+", names);
    }

    /** Answers the next accepted adjustment other than Qoyod stored it (see {@link Tamper}). */
    public void tamperNextAnswer(Tamper tamper) {
        routes.tamperNext(tamper);
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
        Objects.requireNonNull(failure, "failure is required");
        faults.next(() -> failure == SandboxFailure.STORE_THEN_DROP ? InjectedFault.dropAfterHandling()
                : InjectedFault.answer(QoyodAnswers.injected(failure)));
    }

    /** The next request is served only after this delay (a valid adjustment is still stored). */
    public void delayNext(Duration delay) {
        faults.next(() -> InjectedFault.delay(delay));
    }

    /** Qoyod's limit, {@value #DEFAULT_REQUESTS_PER_MINUTE} in any minute unless changed; forgets what was counted. */
    public void setRequestsPerMinute(int limit) {
        rateLimit(limit, Duration.ofMinutes(1));
    }

    /** Every request received, as {@code METHOD /2.0/path?decoded=query}, in order. */
    public List<String> requests() {
        return log().all().stream().map(r -> r.method() + " " + SandboxRoutes.ROOT + r.path()
                + (r.query().isEmpty() ? "" : "?" + r.query())).toList();
    }

    /** Ids of the adjustments stored, in order. */
    public List<Long> adjustmentIds() {
        return data.adjustments().stream().map(SandboxData.Stored::id).toList();
    }

    /** The description of each stored adjustment, in order (it carries stockadj's idempotency key). */
    public List<String> adjustmentDescriptions() {
        return data.adjustments().stream().map(s -> s.adjustment().description()).toList();
    }
}
