package dev.stockadj.plumbing.sandbox;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What every vendor sandbox offers tests and the CLI, whatever the vendor: where it listens, the requests it
 * received, its rate limit, and close. A vendor's sandbox extends it with its seed, its switches and its checks,
 * so learning one sandbox teaches the others.
 */
public abstract class VendorSandbox implements AutoCloseable {
    private final SandboxServer server;
    private final String root;
    private final ReceivedRequests log;
    private final RateWindow rate;

    protected VendorSandbox(SandboxServer server, String root, ReceivedRequests log, RateWindow rate) {
        this.server = Objects.requireNonNull(server, "server is required");
        this.root = Objects.requireNonNull(root, "root is required");
        this.log = Objects.requireNonNull(log, "log is required");
        this.rate = Objects.requireNonNull(rate, "rate is required");
    }

    public int port() {
        return server.port();
    }

    /** The API root, e.g. {@code http://127.0.0.1:PORT/v5}. */
    public URI baseUrl() {
        return server.url(root);
    }

    /** Every request received, answered or not, authorised or not. */
    public int requestCount() {
        return log.count();
    }

    /** Requests for one method and path below the API root, e.g. {@code ("POST", "/adjustment")}, ignoring case. */
    public int requestCount(String method, String path) {
        return log.count(method, path);
    }

    /** Every request received, in order: method, path, status, arrival, header names (never their values). */
    public List<SandboxRequest> received() {
        return log.all();
    }

    /** How many requests were answered 429 (by the rate window or an injected fault). */
    public int rateLimitedCount() {
        return log.answered(429);
    }

    /** Forgets the requests received so far (not the data). */
    public void clearRequests() {
        log.clear();
    }

    /** At most {@code requests} in any {@code window} from now on, on the sandbox's clock; then 429 + Retry-After. */
    public void rateLimit(int requests, Duration window) {
        rate.limit(requests, window);
    }

    protected ReceivedRequests log() {
        return log;
    }

    /** Stops listening at once. */
    @Override
    public void close() {
        server.close();
    }
}
