package dev.stockadj.costadj.sandbox;

import java.time.Instant;
import java.util.Objects;

/**
 * One request the sandbox received, for tests to count and inspect.
 *
 * @param method        the HTTP method
 * @param path          the path below the API root, e.g. {@code /cost_adjustments/ca-1}
 * @param query         the decoded query string, "" when none
 * @param authenticated whether it carried the sandbox's bearer token
 * @param status        the status answered, or 0 when the connection was dropped
 * @param at            when it arrived, on the sandbox's clock (a test's fake clock, when it shares one)
 */
public record SandboxRequest(String method, String path, String query, boolean authenticated, int status, Instant at) {
    public SandboxRequest {
        Objects.requireNonNull(method, "method is required");
        Objects.requireNonNull(path, "path is required");
        Objects.requireNonNull(at, "at is required");
        query = query == null ? "" : query;
    }
}
