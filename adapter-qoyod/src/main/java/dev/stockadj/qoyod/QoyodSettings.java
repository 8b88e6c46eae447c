package dev.stockadj.qoyod;

import dev.stockadj.core.model.Secret;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

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
 */
public record QoyodSettings(URI baseUrl, QoyodCredential credential, Duration connectTimeout, Duration readTimeout,
                            int requestsPerMinute, int maxLinesPerDocument) {

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
        return new QoyodSettings(baseUrl, credential, connectTimeout, timeout, requestsPerMinute, maxLinesPerDocument);
    }

    public QoyodSettings withRequestsPerMinute(int limit) {
        return new QoyodSettings(baseUrl, credential, connectTimeout, readTimeout, limit, maxLinesPerDocument);
    }

    public QoyodSettings withMaxLinesPerDocument(int lines) {
        return new QoyodSettings(baseUrl, credential, connectTimeout, readTimeout, requestsPerMinute, lines);
    }
}
