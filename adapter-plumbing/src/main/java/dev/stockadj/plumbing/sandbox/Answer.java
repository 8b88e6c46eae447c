package dev.stockadj.plumbing.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One answer a sandbox gives: a status, a content type ("" for none), the body's bytes and extra headers. Each
 * vendor builds its canned answers (its error shapes, its pages) from these factories, so how an answer is
 * written on the wire is decided once, in {@link SandboxHandler}.
 */
public record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
    public static final String JSON = "application/json; charset=utf-8";
    public static final String TEXT = "text/plain; charset=utf-8";
    public static final String HTML = "text/html; charset=utf-8";
    /** Decimals as written ({@code 12.50}, never {@code 1.25E+1}): vendors' numbers must survive the trip. */
    private static final ObjectMapper WRITER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    public Answer {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        Objects.requireNonNull(contentType, "contentType is required (\"\" for none)");
        body = Objects.requireNonNull(body, "body is required").clone();
        headers = Map.copyOf(headers);
    }

    public static Answer json(int status, String json) {
        return of(status, JSON, json);
    }

    public static Answer json(int status, JsonNode json) {
        try {
            return new Answer(status, JSON, WRITER.writeValueAsBytes(json), Map.of());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Answer text(int status, String text) {
        return of(status, TEXT, text);
    }

    public static Answer html(int status, String page) {
        return of(status, HTML, page);
    }

    /** A status without a body (and so without a content type). */
    public static Answer empty(int status) {
        return new Answer(status, "", new byte[0], Map.of());
    }

    public static Answer of(int status, String contentType, String body) {
        return new Answer(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** This answer with one more header (or that header replaced). */
    public Answer withHeader(String name, String value) {
        return withHeaders(Map.of(name, value));
    }

    /** This answer with these headers too (each replacing one of the same name). */
    public Answer withHeaders(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(more);
        return new Answer(status, contentType, body, all);
    }

    /** The same status and headers with another body (a variant rewriting what a route answered). */
    public Answer withBody(String newContentType, byte[] newBody) {
        return new Answer(status, newContentType, newBody, headers);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean isJson() {
        return contentType.startsWith("application/json");
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    @Override
    public String toString() {
        return "Answer[" + status + " " + contentType + ", " + body.length + " bytes, headers " + headers.keySet() + "]";
    }
}
