package dev.stockadj.aolib.sandbox;

import java.util.Map;
import java.util.Objects;

/** One HTTP answer of the sandbox. */
record SandboxAnswer(int status, String contentType, String body, Map<String, String> headers) {

    static final String JSON = "application/json; charset=utf-8";
    static final String TEXT = "text/plain; charset=utf-8";

    SandboxAnswer {
        Objects.requireNonNull(contentType, "content type is required");
        body = body == null ? "" : body;
        headers = Map.copyOf(headers);
    }

    static SandboxAnswer json(int status, String body) {
        return new SandboxAnswer(status, JSON, body, Map.of());
    }

    static SandboxAnswer text(int status, String body) {
        return new SandboxAnswer(status, TEXT, body, Map.of());
    }
}
