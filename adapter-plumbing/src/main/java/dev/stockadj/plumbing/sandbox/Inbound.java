package dev.stockadj.plumbing.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A request as a sandbox's routes see it.
 *
 * @param path    below the sandbox's root, decoded, e.g. {@code /products/88}; the whole path when outside the root
 * @param query   the decoded query parameters, in the order sent (the last of a repeated name wins)
 * @param headers the first value of each header, looked up ignoring case as HTTP names are
 * @param at      when it arrived, on the sandbox's clock
 * @param params  what the matching route's {@code {name}} segments took from the path
 */
public record Inbound(String method, String path, Map<String, String> query, Map<String, String> headers,
                      byte[] body, Instant at, Map<String, String> params) {
    public Inbound {
        Objects.requireNonNull(method, "method is required");
        Objects.requireNonNull(path, "path is required");
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        TreeMap<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        headers = Collections.unmodifiableMap(byName);
        body = Objects.requireNonNull(body, "body is required").clone();
        Objects.requireNonNull(at, "at is required");
        params = Map.copyOf(params);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }

    /** A query parameter whose name's case the vendor does not care about ({@code docNo}, {@code DOCNO}). */
    public Optional<String> queryIgnoringCase(String name) {
        return query.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst();
    }

    /** A {@code {name}} segment of the route that matched; fails for a name the route does not have. */
    public String param(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no {" + name + "}: " + params.keySet());
        }
        return value;
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The decoded query as {@code name=value&...}, "" when none: how a request log shows it. */
    public String queryText() {
        return query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    Inbound withParams(Map<String, String> matched) {
        return new Inbound(method, path, query, headers, body, at, matched);
    }
}
