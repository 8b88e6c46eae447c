package dev.stockadj.qoyod;

import dev.stockadj.core.model.Secret;
import okhttp3.OkHttpClient;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach one Qoyod account.
 *
 * @param baseUrl            the API root, e.g. {@code https://api.qoyod.com/2.0}; the credential is sent to this
 *                           origin (scheme, host and port) only
 * @param credential         the API key ({@code API-KEY} header) or OAuth 2.0 access token ({@code Authorization:
 *                           Bearer}) sent on every request
 * @param connectTimeout     how long to wait for a connection (nothing has been sent when it expires)
 * @param readTimeout        how long to wait for an answer once the request is written (the request may
 *                           have been recorded when it expires)
 * @param requestsPerMinute  client-side ceiling; no more than this many requests start in any 60 s window
 * @param maxLinesPerDocument documents are split to at most this many lines
 * @param httpClient         the caller's client to build on (its dispatcher, connection pool, proxy, TLS,
 *                           interceptors and event listeners are shared); the adapter derives its own from it
 *                           with {@code newBuilder()} and still never retries, never follows redirects, uses
 *                           its own timeouts and sends the credential to the base URL's origin only. Closing the
 *                           adapter leaves the caller's client running. Empty: a client of the adapter's own
 * @param clock              the time the throttle and Retry-After dates are read from; empty: the system's
 */
public record QoyodSettings(URI baseUrl, QoyodCredential credential, Duration connectTimeout, Duration readTimeout,
                            int requestsPerMinute, int maxLinesPerDocument, Optional<OkHttpClient> httpClient,
                            Optional<Clock> clock) {

    /** Qoyod's documented ceiling (newer portal): 300 requests per minute, then 429. */
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 300;
    /**
     * Qoyod documents no line limit. 500 lines keep one request body around 50 KB and bound what a single
     * rejection (which refuses the whole document) holds back.
     */
    public static final int DEFAULT_MAX_LINES = 500;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** A 500-line adjustment posts ledger entries per line; 30 s leaves room before calling it uncertain. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    public QoyodSettings {
        Objects.requireNonNull(baseUrl, "qoyod base URL is required");
        Objects.requireNonNull(credential, "a qoyod API key or access token is required");
        Objects.requireNonNull(connectTimeout, "connect timeout is required");
        Objects.requireNonNull(readTimeout, "read timeout is required");
        Objects.requireNonNull(httpClient, "http client is required (may be empty)");
        Objects.requireNonNull(clock, "clock is required (may be empty)");
        String scheme = baseUrl.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("qoyod base URL must be http or https: " + baseUrl);
        }
        if (baseUrl.getHost() == null || baseUrl.getHost().isBlank()) {
            throw new IllegalArgumentException("qoyod base URL must name a host: " + baseUrl);
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("qoyod base URL must not carry a query or fragment: " + baseUrl);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requests per minute must be 1 or more: " + requestsPerMinute);
        }
        if (maxLinesPerDocument < 1) {
            throw new IllegalArgumentException("max lines per document must be 1 or more: " + maxLinesPerDocument);
        }
    }

    /** Settings on a client and clock of the adapter's own. */
    public QoyodSettings(URI baseUrl, QoyodCredential credential, Duration connectTimeout, Duration readTimeout,
                         int requestsPerMinute, int maxLinesPerDocument) {
        this(baseUrl, credential, connectTimeout, readTimeout, requestsPerMinute, maxLinesPerDocument,
                Optional.empty(), Optional.empty());
    }

    /** 10 s connect, 30 s read, 300 requests per minute (Qoyod's limit), 500 lines per document. */
    public static QoyodSettings defaults(URI baseUrl, QoyodCredential credential) {
        return new QoyodSettings(baseUrl, credential, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                DEFAULT_REQUESTS_PER_MINUTE, DEFAULT_MAX_LINES);
    }

    /** The defaults, authenticated by the account's API key. */
    public static QoyodSettings defaults(URI baseUrl, Secret apiKey) {
        return defaults(baseUrl, QoyodCredential.apiKey(apiKey));
    }

    public QoyodSettings withReadTimeout(Duration timeout) {
        return new QoyodSettings(baseUrl, credential, connectTimeout, timeout, requestsPerMinute, maxLinesPerDocument,
                httpClient, clock);
    }

    public QoyodSettings withRequestsPerMinute(int limit) {
        return new QoyodSettings(baseUrl, credential, connectTimeout, readTimeout, limit, maxLinesPerDocument,
                httpClient, clock);
    }

    public QoyodSettings withMaxLinesPerDocument(int lines) {
        return new QoyodSettings(baseUrl, credential, connectTimeout, readTimeout, requestsPerMinute, lines,
                httpClient, clock);
    }

    /** Builds on the caller's client (see {@link #httpClient()}); closing the adapter leaves it running. */
    public QoyodSettings withHttpClient(OkHttpClient client) {
        return new QoyodSettings(baseUrl, credential, connectTimeout, readTimeout, requestsPerMinute,
                maxLinesPerDocument, Optional.of(Objects.requireNonNull(client, "client is required")), clock);
    }

    /** Reads the time from {@code time} (the throttle's window, Retry-After dates); waits are still real. */
    public QoyodSettings withClock(Clock time) {
        return new QoyodSettings(baseUrl, credential, connectTimeout, readTimeout, requestsPerMinute,
                maxLinesPerDocument, httpClient, Optional.of(Objects.requireNonNull(time, "clock is required")));
    }
}
