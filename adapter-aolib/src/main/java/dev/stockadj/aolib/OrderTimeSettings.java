package dev.stockadj.aolib;

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
 * How to reach one Order Time company. Exactly one of {@code password} and {@code devKey} is
 * given. Secrets print as {@code ****}, so {@link #toString()} reveals none; they and the email travel in headers,
 * so they must be printable ASCII (a message about one names it, never its value).
 *
 * @param rateLimit           the client's own limit; Order Time documents none, so stay polite; empty: not known,
 *                            learnt from Order Time's first 429 and its Retry-After
 * @param maxLinesPerDocument documents are split by the core to at most this many lines
 * @param httpClient          the caller's client to build on (its dispatcher, connection pool, proxy, TLS,
 *                            interceptors and event listeners are shared); the adapter derives its own from it
 *                            with {@code newBuilder()} and still never retries, never follows redirects, uses its
 *                            own timeouts and sends the credentials to the base URL's origin only. Closing the
 *                            adapter leaves the caller's client running. Empty: a client of the adapter's own
 * @param clock               the time the rate limit and Retry-After waits are read from (the waits are real
 *                            sleeps); empty: the system's
 */
public record OrderTimeSettings(URI baseUrl, Secret apiKey, String email, Optional<Secret> password,
        Optional<Secret> devKey, Duration connectTimeout, Duration readTimeout, Optional<RateLimit> rateLimit,
        int maxLinesPerDocument, Optional<OkHttpClient> httpClient, Optional<Clock> clock) {

    public static final URI DEFAULT_BASE_URL = URI.create("https://services.ordertime.com/api");
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 120;
    public static final int DEFAULT_MAX_LINES = 200;
    public static final int MAX_REQUESTS_PER_MINUTE = 60_000;

    public OrderTimeSettings {
        SettingsCheck.baseUrl("ordertime", baseUrl);
        Objects.requireNonNull(apiKey, "API key is required").requireHeaderSafe("the Order Time API key");
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("email is required");
        }
        if (!Secret.headerSafe(email)) {
            throw new IllegalArgumentException("the Order Time email must be printable ASCII (0x20-0x7E) with no space"
                    + " at either end: it is sent as a header");
        }
        Objects.requireNonNull(password, "password is required (may be empty)");
        Objects.requireNonNull(devKey, "dev key is required (may be empty)");
        if (password.isPresent() == devKey.isPresent()) {
            throw new IllegalArgumentException("give exactly one of password and dev key");
        }
        password.ifPresent(p -> p.requireHeaderSafe("the Order Time password"));
        devKey.ifPresent(k -> k.requireHeaderSafe("the Order Time dev key"));
        SettingsCheck.connection(connectTimeout, readTimeout, rateLimit, httpClient, clock);
        SettingsCheck.count("max lines per document", maxLinesPerDocument, Integer.MAX_VALUE);
    }

    /** Settings on a client and clock of the adapter's own. */
    public OrderTimeSettings(URI baseUrl, Secret apiKey, String email, Optional<Secret> password,
            Optional<Secret> devKey, Duration connectTimeout, Duration readTimeout, int requestsPerMinute,
            int maxLinesPerDocument) {
        this(baseUrl, apiKey, email, password, devKey, connectTimeout, readTimeout,
                Optional.of(perMinute(requestsPerMinute)), maxLinesPerDocument, Optional.empty(), Optional.empty());
    }

    /** Settings with the default timeouts (10 s connect, 60 s read), 120 requests a minute and 200 lines a document. */
    public static OrderTimeSettings defaults(URI baseUrl, Secret apiKey, String email, Optional<Secret> password,
            Optional<Secret> devKey) {
        return new OrderTimeSettings(baseUrl, apiKey, email, password, devKey, DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_READ_TIMEOUT, DEFAULT_REQUESTS_PER_MINUTE, DEFAULT_MAX_LINES);
    }

    public OrderTimeSettings withReadTimeout(Duration timeout) {
        return new OrderTimeSettings(baseUrl, apiKey, email, password, devKey, connectTimeout, timeout,
                rateLimit, maxLinesPerDocument, httpClient, clock);
    }

    public OrderTimeSettings withRequestsPerMinute(int perMinute) {
        return withRateLimit(perMinute(perMinute));
    }

    /** At most {@code limit}'s requests in any of its windows. */
    public OrderTimeSettings withRateLimit(RateLimit limit) {
        return new OrderTimeSettings(baseUrl, apiKey, email, password, devKey, connectTimeout, readTimeout,
                Optional.of(Objects.requireNonNull(limit, "limit is required")), maxLinesPerDocument, httpClient, clock);
    }

    /** No limit known: learnt from Order Time's first 429 and its Retry-After. */
    public OrderTimeSettings withRateLimitUnknown() {
        return new OrderTimeSettings(baseUrl, apiKey, email, password, devKey, connectTimeout, readTimeout,
                Optional.empty(), maxLinesPerDocument, httpClient, clock);
    }

    public OrderTimeSettings withMaxLinesPerDocument(int maxLines) {
        return new OrderTimeSettings(baseUrl, apiKey, email, password, devKey, connectTimeout, readTimeout,
                rateLimit, maxLines, httpClient, clock);
    }

    /** Builds on the caller's client (see {@link #httpClient()}); closing the adapter leaves it running. */
    public OrderTimeSettings withHttpClient(OkHttpClient client) {
        return new OrderTimeSettings(baseUrl, apiKey, email, password, devKey, connectTimeout, readTimeout,
                rateLimit, maxLinesPerDocument, Optional.of(Objects.requireNonNull(client, "client is required")),
                clock);
    }

    /** Reads the rate limit's time from {@code time}; the waits are real sleeps. */
    public OrderTimeSettings withClock(Clock time) {
        return new OrderTimeSettings(baseUrl, apiKey, email, password, devKey, connectTimeout, readTimeout,
                rateLimit, maxLinesPerDocument, httpClient,
                Optional.of(Objects.requireNonNull(time, "clock is required")));
    }

    private static RateLimit perMinute(int requests) {
        return RateLimit.perMinute(SettingsCheck.count("requests per minute", requests, MAX_REQUESTS_PER_MINUTE));
    }
}
