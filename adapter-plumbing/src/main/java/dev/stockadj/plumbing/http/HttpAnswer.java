package dev.stockadj.plumbing.http;

import okhttp3.Headers;

import java.util.Objects;
import java.util.Optional;

/** What a vendor answered to one request: its status, its whole body as text, and its headers. */
public record HttpAnswer(int status, String body, Headers headers) {
    public HttpAnswer {
        body = body == null ? "" : body;
        Objects.requireNonNull(headers, "headers are required (may be empty)");
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    public boolean successful() {
        return status >= 200 && status < 300;
    }

    /** An HTML page (a proxy's or framework's error page) where the API answers JSON or text. */
    public boolean looksLikeHtml() {
        return body.stripLeading().startsWith("<") || header("Content-Type").map(t -> t.contains("html")).orElse(false);
    }
}
