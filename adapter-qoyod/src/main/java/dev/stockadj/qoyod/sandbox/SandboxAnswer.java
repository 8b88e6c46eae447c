package dev.stockadj.qoyod.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** One HTTP answer of the sandbox. */
record SandboxAnswer(int status, String contentType, byte[] body, Map<String, String> headers) {
    static final String FOUND_NOTHING = "Sorry, we found nothing.";

    SandboxAnswer {
        Objects.requireNonNull(contentType, "contentType is required");
        Objects.requireNonNull(body, "body is required");
        headers = Map.copyOf(headers);
    }

    static SandboxAnswer json(int status, byte[] body) {
        return new SandboxAnswer(status, "application/json; charset=utf-8", body, Map.of());
    }

    static SandboxAnswer text(int status, String text) {
        return new SandboxAnswer(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static SandboxAnswer html(int status, String title) {
        String page = "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><h1>" + title + "</h1></body></html>";
        return new SandboxAnswer(status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** Qoyod's answer to a list with nothing in it. */
    static SandboxAnswer foundNothing() {
        return text(404, FOUND_NOTHING);
    }

    SandboxAnswer withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new SandboxAnswer(status, contentType, body, more);
    }
}
