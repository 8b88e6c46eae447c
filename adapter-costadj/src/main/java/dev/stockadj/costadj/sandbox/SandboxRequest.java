package dev.stockadj.costadj.sandbox;

import java.util.Objects;

/**
 * One request the sandbox received, for tests to count and inspect.
 *
 * @param method        the HTTP method
 * @param path          the path below the API root, e.g. {@code /cost_adjustments/ca-1}
 * @param query         the decoded query string, "" when none
 * @param authenticated whether it carried the sandbox's bearer token
 * @param status        the status answered, or 0 when the connection was dropped
 */
public record SandboxRequest(String method, String path, String query, boolean authenticated, int status) {
    public SandboxRequest {
        Objects.requireNonNull(method, "method is required");
        Objects.requireNonNull(path, "path is required");
        query = query == null ? "" : query;
    }
}
