package dev.stockadj.plumbing.sandbox;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One request a sandbox received, as its {@link ReceivedRequests} keeps it for tests to count and inspect: never
 * a header's value, so a credential is never kept, only which headers were there.
 *
 * @param path          below the sandbox's root, e.g. {@code /cost_adjustments/ca-1}
 * @param query         the decoded query, {@code name=value&...}; "" when none
 * @param headerNames   the headers it carried, by name (compare ignoring case: {@link #hasHeader})
 * @param authenticated whether the vendor's credential check accepted it
 * @param status        the status answered, or 0 when the connection was dropped unanswered
 * @param at            when it arrived, on the sandbox's clock (a test's fake clock, when it shares one)
 */
public record SandboxRequest(String method, String path, String query, Set<String> headerNames, boolean authenticated,
                             int status, Instant at) {
    public SandboxRequest {
        Objects.requireNonNull(method, "method is required");
        Objects.requireNonNull(path, "path is required");
        query = query == null ? "" : query;
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(headerNames);
        headerNames = Collections.unmodifiableSet(names);
        Objects.requireNonNull(at, "at is required");
    }

    public boolean hasHeader(String name) {
        return headerNames.contains(name);
    }

    /** {@code METHOD /path?query}, the query only when there is one. */
    public String line() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query);
    }
}
