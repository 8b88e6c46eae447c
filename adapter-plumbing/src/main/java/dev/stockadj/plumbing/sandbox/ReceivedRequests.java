package dev.stockadj.plumbing.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Every request a sandbox received, in the order answered, so tests can count requests (all, per route, per
 * status) and check which credential headers they carried. A request is added before its answer leaves: a client
 * never sees an answer the log lacks. Thread-safe. Adding is cheap however long the sandbox has run (a copy-on-write
 * list copied the whole log on every request: a sandbox answering a benchmark slowed down as it went); the reads
 * copy instead, and only tests make them.
 */
public final class ReceivedRequests {
    private final List<SandboxRequest> requests = new ArrayList<>();

    synchronized void add(SandboxRequest request) {
        requests.add(request);
    }

    public synchronized List<SandboxRequest> all() {
        return List.copyOf(requests);
    }

    public synchronized int count() {
        return requests.size();
    }

    /** Requests for one method and path below the root, both matched ignoring case. */
    public int count(String method, String path) {
        String wanted = path.replaceAll("/+$", "");
        return (int) all().stream().filter(r -> r.method().equalsIgnoreCase(method)
                && r.path().replaceAll("/+$", "").equalsIgnoreCase(wanted)).count();
    }

    /** Requests answered with this status (0: dropped unanswered). */
    public int answered(int status) {
        return (int) all().stream().filter(r -> r.status() == status).count();
    }

    /** Forgets the requests received so far. */
    public synchronized void clear() {
        requests.clear();
    }
}
