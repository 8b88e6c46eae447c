package dev.stockadj.qoyod;

import dev.stockadj.core.model.Secret;
import dev.stockadj.plumbing.http.RateLimit;
import dev.stockadj.plumbing.http.SettingsCheck;
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
 * @param rateLimit          client-side ceiling: no more requests than this in any window; empty: not known, learnt
 *                           from Qoyod's first 429 and its Retry-After
 * @param maxLinesPerDocument documents are split to at most this many lines
 * @param httpClient         the caller's client to build on (its dispatcher, connection pool, proxy, TLS,
 *                           interceptors and event listeners are shared); the adapter derives its own from it
 *                           with {@code newBuilder()} and still never retries, never follows redirects, uses
 *                           its own timeouts and sends the credential to the base URL's origin only. Closing the
 *                           adapter leaves the caller's client running. Empty: a client of the adapter's own
 * @param clock              the time the rate limit and Retry-After dates are read from; empty: the system's
 */
public record QoyodSettings(URI baseUrl, QoyodCredential credential, Duration connectTimeout, Duration readTimeout,
                            Optional<RateLimit> rateLimit, int maxLinesPerDocument, Optional<OkHttpClient> httpClient,
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
        SettingsCheck.baseUrl("qoyod", baseUrl);
        Objects.requireNonNull(credential, "a qoyod API key or access token is required");
        SettingsCheck.connection(connectTimeout, readTimeout, rateLimit, httpClient, clock);
        SettingsCheck.count("max lines per document", maxLinesPerDocument, Integer.MAX_VALUE);
    }

    /** Settings on a client and clock of the adapter's own. */
    public QoyodSettings(URI baseUrl, QoyodCredential credential, Duration connectTimeout, Duration readTimeout,
                         int requestsPerMinute, int maxLinesPerDocument) {
        this(baseUrl, credential, connectTimeout, readTimeout, Optional.of(perMinute(requestsPerMinute)),
                maxLinesPerDocument, Optional.empty(), Optional.empty());
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
        return new QoyodSettings(baseUrl, credential, connectTimeout, timeout, rateLimit, maxLinesPerDocument,
                httpClient, clock);
    }

    public QoyodSettings withRequestsPerMinute(int limit) {
        return withRateLimit(perMinute(limit));
    }

    /** At most {@code limit}'s requests in any of its windows. */
    public QoyodSettings withRateLimit(RateLimit limit) {
        return new QoyodSettings(baseUrl, credential, connectTimeout, readTimeout,
                Optional.of(Objects.requireNonNull(limit, "limit is required")), maxLinesPerDocument, httpClient, clock);
    }

    /** No limit known: learnt from Qoyod's first 429 and its Retry-After. */
    public QoyodSettings withRateLimitUnknown() {
        return new QoyodSettings(baseUrl, credential, connectTimeout, readTimeout, Optional.empty(),
                maxLinesPerDocument, httpClient, clock);
    }

    public QoyodSettings withMaxLinesPerDocument(int lines) {
        return new QoyodSettings(baseUrl, credential, connectTimeout, readTimeout, rateLimit, lines, httpClient, clock);
    }

    /** Builds on the caller's client (see {@link #httpClient()}); closing the adapter leaves it running. */
    public QoyodSettings withHttpClient(OkHttpClient client) {
        return new QoyodSettings(baseUrl, credential, connectTimeout, readTimeout, rateLimit, maxLinesPerDocument,
                Optional.of(Objects.requireNonNull(client, "client is required")), clock);
    }

    /** Reads the time from {@code time} (the rate limit's window, Retry-After dates); waits are still real. */
    public QoyodSettings withClock(Clock time) {
        return new QoyodSettings(baseUrl, credential, connectTimeout, readTimeout, rateLimit, maxLinesPerDocument,
                httpClient, Optional.of(Objects.requireNonNull(time, "clock is required")));
    }

    private static RateLimit perMinute(int requests) {
        if (requests < 1) {
            throw new IllegalArgumentException("requests per minute must be 1 or more: " + requests);
        }
        return RateLimit.perMinute(requests);
    }
}
