package dev.stockadj.plumbing.sandbox;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that touches the JDK's {@link HttpExchange}: reads what arrived into an {@link Inbound} and writes
 * an {@link Answer} back, so no vendor sandbox parses a query or sets a content length itself.
 */
final class Exchanges {
    private Exchanges() {
    }

    /** Reads the whole request; the path is cut below {@code root} when it lies under it. */
    static Inbound read(HttpExchange exchange, String root, Instant at) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.isEmpty() ? "" : values.get(0)));
        String path = exchange.getRequestURI().getPath();
        return new Inbound(exchange.getRequestMethod(), underRoot(path, root) ? path.substring(root.length()) : path,
                query(exchange.getRequestURI().getRawQuery()), headers, body, at, Map.of());
    }

    /** Whether {@code path} is the root or below it; every path is under the root "". */
    static boolean underRoot(String path, String root) {
        return root.isEmpty() || path.equals(root) || path.startsWith(root + "/");
    }

    /** Decodes {@code a=1&b=x%20y} (names too); a name without {@code =} has the value "". */
    static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }

    static void send(HttpExchange exchange, Answer answer) throws IOException {
        if (!answer.contentType().isEmpty()) {
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        }
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().put(name, List.of(value)));
        byte[] body = answer.body();
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
