package dev.stockadj.aolib.sandbox;

import dev.stockadj.plumbing.sandbox.SandboxStateUnreadable;
import dev.stockadj.plumbing.sandbox.StateFile;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.stockadj.core.model.Secret;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stateful Order Time emulator on 127.0.0.1: {@code /api/adjustment} (POST, GET and DELETE by
 * {@code docNo}), {@code /api/list} (POST rows, PUT count) and {@code /api/entityref}, with the
 * seed data of {@link OrderTimeSeed}. It checks the credential headers and answers validation
 * failures with 409 and ValidationResults. Tests can make the next matching request fail.
 */
public final class OrderTimeSandbox implements AutoCloseable {

    private static final String ROOT = "/api";
    private static final String LOOPBACK = "127.0.0.1";

    private final HttpServer server;
    private final ExecutorService executor;
    private final SandboxCatalog catalog;
    private final SandboxStore store;
    private final SandboxRows rows;
    private final ListEndpoint lists;
    private final ObjectMapper json;
    private final Map<String, Deque<SandboxFailure>> failures = new HashMap<>();
    private final Map<String, AtomicInteger> counts = new HashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final Optional<StateFile> stateFile;
    private volatile Duration slowDelay = Duration.ofSeconds(3);

    private OrderTimeSandbox(HttpServer server, ExecutorService executor, ObjectMapper json, SandboxCatalog catalog,
                             SandboxStore store, Optional<StateFile> stateFile) {
        this.server = server;
        this.executor = executor;
        this.json = json;
        this.catalog = catalog;
        this.store = store;
        this.rows = new SandboxRows(json, catalog, store);
        this.lists = new ListEndpoint(json, rows);
        this.stateFile = stateFile;
    }

    /** Starts a sandbox on 127.0.0.1 at {@code port} (0 = any free port). */
    public static OrderTimeSandbox start(int port) {
        return start(port, Optional.empty());
    }

    /**
     * Starts a sandbox that keeps its state in {@code stateFile}: the state saved there if the file exists (else
     * the seed), and the whole state saved there again after every request that changed it.
     *
     * @throws SandboxStateUnreadable when the file exists but does not hold an Order Time sandbox's state
     */
    public static OrderTimeSandbox start(int port, Path stateFile) {
        return start(port, Optional.of(stateFile));
    }

    private static OrderTimeSandbox start(int port, Optional<Path> stateFile) {
        ObjectMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        SandboxCatalog catalog = SandboxCatalog.seeded();
        SandboxStore store = new SandboxStore(json, catalog);
        Optional<StateFile> file = stateFile.map(path -> new StateFile("Order Time", path, json));
        Optional<OrderTimeState> saved = file.flatMap(f -> f.read(OrderTimeState.class));
        if (saved.isPresent()) {
            try {
                store.restore(saved.get());
            } catch (RuntimeException e) {
                throw file.get().unreadable(e.getMessage() != null ? e.getMessage() : e.toString(), e);
            }
        }
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port), 0);
            ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "ordertime-sandbox");
                thread.setDaemon(true);
                return thread;
            });
            OrderTimeSandbox sandbox = new OrderTimeSandbox(server, executor, json, catalog, store, file);
            server.createContext(ROOT, sandbox::handle);
            server.setExecutor(executor);
            server.start();
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Order Time sandbox on port " + port, e);
        }
    }

    public URI baseUrl() {
        return URI.create("http://" + LOOPBACK + ":" + server.getAddress().getPort() + ROOT);
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

    /** Every request received, answered or not, authorised or not. */
    public int requestCount() {
        return requests.get();
    }

    /** Requests received for one method and path under {@code /api}, e.g. {@code ("POST", "/adjustment")}. */
    public int requestCount(String method, String path) {
        synchronized (counts) {
            AtomicInteger count = counts.get(route(method, path));
            return count == null ? 0 : count.get();
        }
    }

    /** Makes the next request for this method and path (under {@code /api}) fail as given. Failures queue. */
    public void failNext(String method, String path, SandboxFailure failure) {
        synchronized (failures) {
            failures.computeIfAbsent(route(method, path), k -> new ArrayDeque<>()).add(failure);
        }
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

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static String route(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path.toLowerCase(Locale.ROOT);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath().substring(ROOT.length());
            String route = route(exchange.getRequestMethod(), path);
            synchronized (counts) {
                counts.computeIfAbsent(route, k -> new AtomicInteger()).incrementAndGet();
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Optional<SandboxFailure> failure = nextFailure(route);
            if (failure.isPresent() && failure.get() != SandboxFailure.SLOW) {
                Optional<SandboxAnswer> injected = injected(failure.get());
                if (injected.isPresent()) {
                    send(exchange, injected.get());
                } else {
                    answer(exchange, route, body);
                }
                return;
            }
            if (failure.isPresent() && !pause()) {
                return;
            }
            send(exchange, answer(exchange, route, body));
        }
    }

    /** Handles the request; STORE_THEN_DROP calls this and then closes without answering. */
    private SandboxAnswer answer(HttpExchange exchange, String route, String body) {
        if (!authorised(exchange)) {
            return SandboxAnswer.text(401, "Authorization has been denied for this request.");
        }
        JsonNode parsed;
        try {
            parsed = body.isBlank() ? json.missingNode() : json.readTree(body);
        } catch (JsonProcessingException e) {
            return SandboxAnswer.text(400, "The request body is not valid JSON.");
        }
        Map<String, String> query = query(exchange.getRequestURI());
        return switch (route) {
            case "POST /adjustment" -> parsed.isObject() ? saved(store.post(parsed))
                    : SandboxAnswer.text(400, "An Adjustment object is required.");
            case "GET /adjustment" -> docNo(query).map(store::get).orElseGet(OrderTimeSandbox::badDocNo);
            case "DELETE /adjustment" -> docNo(query).map(store::delete).map(this::saved)
                    .orElseGet(OrderTimeSandbox::badDocNo);
            case "POST /list" -> lists.rows(parsed);
            case "PUT /list" -> lists.count(parsed);
            case "POST /entityref" -> lists.entityRefs(parsed);
            default -> SandboxAnswer.text(404, "No such resource: " + route);
        };
    }

    /** A write that succeeded changed the state: it is saved before the answer leaves. */
    private SandboxAnswer saved(SandboxAnswer answer) {
        if (answer.status() != 200 || stateFile.isEmpty()) {
            return answer;
        }
        try {
            stateFile.get().save(store::snapshot);
            return answer;
        } catch (IOException e) {
            // stored in memory but not kept: answered as a failure that may have landed, as a real server error is
            return SandboxAnswer.text(500, "An error has occurred. The sandbox could not save its state: " + e);
        }
    }

    private boolean authorised(HttpExchange exchange) {
        var headers = exchange.getRequestHeaders();
        boolean secondFactor = OrderTimeSeed.PASSWORD.equals(headers.getFirst("password"))
                || OrderTimeSeed.DEV_KEY.equals(headers.getFirst("DevKey"));
        return OrderTimeSeed.API_KEY.equals(headers.getFirst("apiKey"))
                && OrderTimeSeed.EMAIL.equals(headers.getFirst("email")) && secondFactor;
    }

    private Optional<SandboxFailure> nextFailure(String route) {
        synchronized (failures) {
            Deque<SandboxFailure> queue = failures.get(route);
            return queue == null ? Optional.empty() : Optional.ofNullable(queue.poll());
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(slowDelay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The canned answer of a failure, or empty for STORE_THEN_DROP (handled, then no answer). */
    private static Optional<SandboxAnswer> injected(SandboxFailure failure) {
        return Optional.ofNullable(switch (failure) {
            case BAD_REQUEST_TEXT -> SandboxAnswer.text(400, "Bad Request: the adjustment could not be processed.");
            case BAD_REQUEST_JSON -> SandboxAnswer.json(400, "{\"Message\":\"The request is invalid.\"}");
            case UNAUTHORIZED -> SandboxAnswer.text(401, "Authorization has been denied for this request.");
            case FORBIDDEN -> SandboxAnswer.text(403, "Your role does not have rights to Adjustment.");
            case RATE_LIMITED -> new SandboxAnswer(429, SandboxAnswer.TEXT, "Too many requests.",
                    Map.of("Retry-After", "7"));
            case SERVER_ERROR -> SandboxAnswer.text(500, "An error has occurred.");
            case SERVICE_UNAVAILABLE -> SandboxAnswer.text(503, "Service Unavailable");
            case HTML -> new SandboxAnswer(200, "text/html; charset=utf-8",
                    "<html><body><h1>Maintenance</h1></body></html>", Map.of());
            case MALFORMED_JSON -> SandboxAnswer.json(200, "{\"DocNo\": 10");
            case SLOW, STORE_THEN_DROP -> null;
        });
    }

    private static Optional<Integer> docNo(Map<String, String> query) {
        String value = query.get("docno");
        return value != null && value.matches("\\d{1,9}") ? Optional.of(Integer.parseInt(value)) : Optional.empty();
    }

    private static SandboxAnswer badDocNo() {
        return SandboxAnswer.text(400, "The parameter docNo (Int32) is required.");
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(parts[0].toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1] : "");
            }
        }
        return query;
    }

    private static void send(HttpExchange exchange, SandboxAnswer answer) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
