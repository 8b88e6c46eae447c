package dev.stockadj.qoyod.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Every request passes here: it is logged, counted against the rate limit (429 + Retry-After), answered
 * with an injected failure if one is armed, checked for the API key or the OAuth access token (401), then
 * routed.
 */
final class SandboxHandler implements HttpHandler {
    static final String PREFIX = "/2.0/";

    private final String apiKey;
    private final String accessToken;
    private final RateWindow rate;
    private final SandboxRoutes routes;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final List<String> credentials = Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<SandboxFailure> nextFailure = new AtomicReference<>();
    private final AtomicReference<Duration> nextDelay = new AtomicReference<>();

    SandboxHandler(String apiKey, String accessToken, RateWindow rate, SandboxRoutes routes) {
        this.apiKey = apiKey;
        this.accessToken = accessToken;
        this.rate = rate;
        this.routes = routes;
    }

    void failNext(SandboxFailure failure) {
        nextFailure.set(failure);
    }

    void delayNext(Duration delay) {
        nextDelay.set(delay);
    }

    List<String> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    void clearLog() {
        log.clear();
        credentials.clear();
    }

    List<String> credentialHeaders() {
        synchronized (credentials) {
            return List.copyOf(credentials);
        }
    }

    void tamperNext(Tamper tamper) {
        routes.tamperNext(tamper);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestMethod();
            String rawPath = exchange.getRequestURI().getRawPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            log.add(method + " " + rawPath + (query.isEmpty() ? "" : "?" + queryText(query)));
            credentials.add(credentialNames(exchange));
            Optional<SandboxAnswer> answer = answer(exchange, method, rawPath, query, body);
            if (answer.isPresent()) {
                send(exchange, answer.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    /** Empty when the connection is to be dropped unanswered. */
    private Optional<SandboxAnswer> answer(HttpExchange exchange, String method, String rawPath,
                                           Map<String, String> query, byte[] body) throws IOException, InterruptedException {
        Optional<Duration> wait = rate.admit(System.nanoTime());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            return Optional.of(SandboxAnswer.json(429, "{\"message\":\"Too many requests\"}".getBytes(StandardCharsets.UTF_8))
                    .withHeader("Retry-After", Long.toString(seconds)));
        }
        Duration delay = nextDelay.getAndSet(null);
        if (delay != null) {
            Thread.sleep(delay.toMillis());
        }
        SandboxFailure failure = nextFailure.getAndSet(null);
        if (failure != null && failure != SandboxFailure.STORE_THEN_DROP) {
            return Optional.of(InjectedAnswers.of(failure));
        }
        if (!authorised(exchange)) {
            return Optional.of(SandboxAnswer.json(401, "{\"message\":\"Unauthorized: invalid API-KEY or access token\"}"
                    .getBytes(StandardCharsets.UTF_8)));
        }
        if (!rawPath.startsWith(PREFIX)) {
            return Optional.of(SandboxAnswer.html(404, "The page you were looking for doesn't exist."));
        }
        SandboxAnswer routed = routes.route(method, URLDecoder.decode(rawPath.substring(PREFIX.length()), StandardCharsets.UTF_8),
                query, body);
        return failure == SandboxFailure.STORE_THEN_DROP ? Optional.empty() : Optional.of(routed);
    }

    /** Either credential will do; a request carrying a wrong one of them is refused even if the other is right. */
    private boolean authorised(HttpExchange exchange) {
        String key = exchange.getRequestHeaders().getFirst("API-KEY");
        String bearer = exchange.getRequestHeaders().getFirst("Authorization");
        if (key == null && bearer == null) {
            return false;
        }
        return (key == null || apiKey.equals(key)) && (bearer == null || ("Bearer " + accessToken).equals(bearer));
    }

    private static String credentialNames(HttpExchange exchange) {
        List<String> names = new ArrayList<>();
        if (exchange.getRequestHeaders().containsKey("API-KEY")) {
            names.add("API-KEY");
        }
        if (exchange.getRequestHeaders().containsKey("Authorization")) {
            names.add("Authorization");
        }
        return names.isEmpty() ? "none" : String.join("+", names);
    }

    private static void send(HttpExchange exchange, SandboxAnswer answer) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        answer.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        if (answer.body().length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(name, value);
        }
        return out;
    }

    private static String queryText(Map<String, String> query) {
        StringBuilder text = new StringBuilder();
        query.forEach((k, v) -> text.append(text.length() == 0 ? "" : "&").append(k).append('=').append(v));
        return text.toString();
    }
}
