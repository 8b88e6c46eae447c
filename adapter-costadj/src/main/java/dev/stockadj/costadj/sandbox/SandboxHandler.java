package dev.stockadj.costadj.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Every request passes here: an injected fault first, then the rate limit (as Laravel's throttle
 * runs before authentication), then the bearer token, then the route. Each request is logged.
 */
final class SandboxHandler implements HttpHandler {
    static final String ROOT = "/v5";
    /** The request being answered on this thread, until it is logged (exchange attributes are shared in JDK 17). */
    private final ThreadLocal<SandboxRequest> pending = new ThreadLocal<>();

    private final String baseUrl;
    private final String bearer;
    private final Router router;
    private final RateWindow rate;
    private final ObjectMapper json;
    private final Supplier<Instant> clock;
    private final Variants variants;
    private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final List<SandboxRequest> log = new CopyOnWriteArrayList<>();
    private volatile Optional<Duration> injectedRetryAfter = Optional.of(Duration.ofSeconds(2));
    private volatile Duration slowDelay = Duration.ofSeconds(2);

    SandboxHandler(String baseUrl, String token, Router router, RateWindow rate, ObjectMapper json,
            Supplier<Instant> clock, Variants variants) {
        this.variants = variants;
        this.baseUrl = baseUrl;
        this.bearer = "Bearer " + token;
        this.router = router;
        this.rate = rate;
        this.json = json;
        this.clock = clock;
    }

    void fail(Fault fault) {
        faults.add(fault);
    }

    void injectedRetryAfter(Optional<Duration> wait) {
        injectedRetryAfter = wait;
    }

    void slowDelay(Duration delay) {
        slowDelay = delay;
    }

    List<SandboxRequest> log() {
        return List.copyOf(log);
    }

    void clearLog() {
        log.clear();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String fullPath = exchange.getRequestURI().getPath();
        Map<String, String> query = decode(exchange.getRequestURI().getRawQuery());
        boolean authenticated = bearer.equals(exchange.getRequestHeaders().getFirst("Authorization"));
        String path = fullPath.startsWith(ROOT + "/") ? fullPath.substring(ROOT.length()) : fullPath;
        pending.set(new SandboxRequest(method, path, describe(query), authenticated, 0, clock.get()));
        try {
            answer(exchange, method, fullPath, path, query, authenticated);
        } catch (RuntimeException e) {
            send(exchange, Reply.message(500, "Server Error"));
        } finally {
            record(0);
            exchange.close();
        }
    }

    /** Logs the request once, before its answer leaves, so a client never sees an answer the log lacks. */
    private void record(int status) {
        SandboxRequest request = pending.get();
        if (request != null) {
            pending.remove();
            log.add(new SandboxRequest(request.method(), request.path(), request.query(), request.authenticated(),
                    status, request.at()));
        }
    }

    private int answer(HttpExchange exchange, String method, String fullPath, String path,
            Map<String, String> query, boolean authenticated) throws IOException {
        Fault fault = faults.poll();
        if (fault != null && fault != Fault.SLOW && fault != Fault.STORE_THEN_DROP) {
            return injected(exchange, fault);
        }
        if (fault == Fault.SLOW) {
            pause(slowDelay);
        }
        RateWindow.Decision decision = rate.hit();
        exchange.getResponseHeaders().set("X-RateLimit-Limit", Integer.toString(decision.limit()));
        exchange.getResponseHeaders().set("X-RateLimit-Remaining", Integer.toString(decision.remaining()));
        if (!decision.allowed()) {
            exchange.getResponseHeaders().set("Retry-After", Long.toString(decision.retryAfterSeconds()));
            return send(exchange, Reply.message(429, "Too Many Attempts."));
        }
        if (!authenticated) {
            return send(exchange, Reply.message(401, "Unauthenticated."));
        }
        if (!fullPath.startsWith(ROOT + "/")) {
            return send(exchange, Reply.notFound());
        }
        List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        Reply reply = router.route(method, segments, query, exchange.getRequestBody(), baseUrl + path);
        if (fault == Fault.STORE_THEN_DROP) {
            record(0);
            return 0;
        }
        return send(exchange, reply);
    }

    private int injected(HttpExchange exchange, Fault fault) throws IOException {
        return switch (fault) {
            case BAD_REQUEST -> send(exchange, Reply.message(400, "The request could not be understood."));
            case UNAUTHORIZED -> send(exchange, Reply.message(401, "Unauthenticated."));
            case FORBIDDEN -> send(exchange, Reply.message(403, "This action is unauthorized."));
            case NOT_FOUND -> send(exchange, Reply.notFound());
            case RATE_LIMITED -> {
                injectedRetryAfter.ifPresent(wait ->
                        exchange.getResponseHeaders().set("Retry-After", Long.toString(wait.toSeconds())));
                exchange.getResponseHeaders().set("X-RateLimit-Remaining", "0");
                yield send(exchange, Reply.message(429, "Too Many Attempts."));
            }
            case SERVER_ERROR -> send(exchange, Reply.message(500, "Server Error"));
            case UNAVAILABLE -> sendText(exchange, 503, "text/html; charset=utf-8",
                    "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>");
            case HTML -> sendText(exchange, 200, "text/html; charset=utf-8",
                    "<!DOCTYPE html><html><body>Foodics is under maintenance</body></html>");
            case MALFORMED_JSON -> sendText(exchange, 200, "application/json", "{\"data\": {\"id\": \"ca-1\", ");
            case SLOW, STORE_THEN_DROP -> throw new IllegalStateException("not an immediate fault: " + fault);
        };
    }

    private int send(HttpExchange exchange, Reply reply) throws IOException {
        if (reply.body() == null) {
            record(reply.status());
            exchange.sendResponseHeaders(reply.status(), -1);
            return reply.status();
        }
        JsonNode body = reply.status() < 300 && variants.has(Variant.NUMBERS_AS_STRINGS)
                ? numbersAsStrings(reply.body()) : reply.body();
        return sendText(exchange, reply.status(), "application/json", json.writeValueAsString(body));
    }

    /** A copy of {@code node} with every number written as a string. */
    private static JsonNode numbersAsStrings(JsonNode node) {
        if (node.isNumber()) {
            return TextNode.valueOf(node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText());
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), numbersAsStrings(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(e -> copy.add(numbersAsStrings(e)));
            return copy;
        }
        return node;
    }

    private int sendText(HttpExchange exchange, int status, String type, String text) throws IOException {
        record(status);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        return status;
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> decode(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }

    private static String describe(Map<String, String> query) {
        return query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }
}
