package dev.stockadj.costadj;

import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.UserId;
import dev.stockadj.plumbing.http.RateLimit;
import dev.stockadj.plumbing.http.SettingsCheck;
import okhttp3.OkHttpClient;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach one Foodics account.
 *
 * @param baseUrl           the API root, e.g. {@code https://api.foodics.com/v5}
 * @param token             the bearer token (sent only to {@code baseUrl}'s origin); printable ASCII
 * @param resourcePath      the cost adjustment resource, {@code /cost_adjustments} or
 *                          {@code /cost_adjustment_transactions}
 * @param creatorId         the user written as {@code creator_id}; when empty, asked once of {@code GET /whoami}
 * @param connectTimeout    how long to wait for a connection
 * @param readTimeout       how long to wait for an answer
 * @param rateLimit         the most requests the client sends in any window (Foodics allows 30 or 90 a minute);
 *                          empty: not known, learnt from Foodics' first 429 and its Retry-After
 * @param httpClient        the caller's client to build on (its dispatcher, connection pool, proxy, TLS,
 *                          interceptors and event listeners are shared); the adapter derives its own from it with
 *                          {@code newBuilder()} and still never retries, never follows redirects, uses its own
 *                          timeouts and sends the token to the base URL's origin only. Closing the adapter leaves the
 *                          caller's client running. Empty: a client of the adapter's own
 * @param clock             the time the rate limit, back-off and Retry-After waits are measured on (the waits are
 *                          real sleeps); empty: the system's
 */
public record FoodicsSettings(URI baseUrl, Secret token, String resourcePath, Optional<UserId> creatorId,
        Duration connectTimeout, Duration readTimeout, Optional<RateLimit> rateLimit, Optional<OkHttpClient> httpClient,
        Optional<Clock> clock) {

    public static final String DEFAULT_RESOURCE_PATH = "/cost_adjustments";
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 30;
    public static final int MAX_REQUESTS_PER_MINUTE = 10_000;
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9_-]+)+");

    public FoodicsSettings {
        SettingsCheck.baseUrl("foodics", baseUrl);
        Objects.requireNonNull(token, "token is required").requireHeaderSafe("the Foodics token");
        Objects.requireNonNull(resourcePath, "resource path is required");
        Objects.requireNonNull(creatorId, "creator id is required (may be empty)");
        SettingsCheck.connection(connectTimeout, readTimeout, rateLimit, httpClient, clock);
        if (!PATH.matcher(resourcePath).matches()) {
            throw new IllegalArgumentException("resource path must look like /cost_adjustments: '" + resourcePath + "'");
        }
    }

    /** Settings on a client and clock of the adapter's own. */
    public FoodicsSettings(URI baseUrl, Secret token, String resourcePath, Optional<UserId> creatorId,
            Duration connectTimeout, Duration readTimeout, int requestsPerMinute) {
        this(baseUrl, token, resourcePath, creatorId, connectTimeout, readTimeout,
                Optional.of(perMinute(requestsPerMinute)), Optional.empty(), Optional.empty());
    }

    /** Path {@code /cost_adjustments}, creator from {@code /whoami}, 10 s to connect, 30 s to answer, 30 per minute. */
    public static FoodicsSettings defaults(URI baseUrl, Secret token) {
        return new FoodicsSettings(baseUrl, token, DEFAULT_RESOURCE_PATH, Optional.empty(), Duration.ofSeconds(10),
                Duration.ofSeconds(30), DEFAULT_REQUESTS_PER_MINUTE);
    }

    public FoodicsSettings withResourcePath(String path) {
        return new FoodicsSettings(baseUrl, token, path, creatorId, connectTimeout, readTimeout, rateLimit,
                httpClient, clock);
    }

    public FoodicsSettings withCreatorId(UserId creator) {
        return new FoodicsSettings(baseUrl, token, resourcePath, Optional.of(creator), connectTimeout, readTimeout,
                rateLimit, httpClient, clock);
    }

    public FoodicsSettings withTimeouts(Duration connect, Duration read) {
        return new FoodicsSettings(baseUrl, token, resourcePath, creatorId, connect, read, rateLimit, httpClient, clock);
    }

    public FoodicsSettings withRequestsPerMinute(int perMinute) {
        return withRateLimit(perMinute(perMinute));
    }

    /** At most {@code limit}'s requests in any of its windows. */
    public FoodicsSettings withRateLimit(RateLimit limit) {
        return new FoodicsSettings(baseUrl, token, resourcePath, creatorId, connectTimeout, readTimeout,
                Optional.of(Objects.requireNonNull(limit, "limit is required")), httpClient, clock);
    }

    /** No limit known: learnt from Foodics' first 429 and its Retry-After. */
    public FoodicsSettings withRateLimitUnknown() {
        return new FoodicsSettings(baseUrl, token, resourcePath, creatorId, connectTimeout, readTimeout,
                Optional.empty(), httpClient, clock);
    }

    /** Builds on the caller's client (see {@link #httpClient()}); closing the adapter leaves it running. */
    public FoodicsSettings withHttpClient(OkHttpClient client) {
        return new FoodicsSettings(baseUrl, token, resourcePath, creatorId, connectTimeout, readTimeout, rateLimit,
                Optional.of(Objects.requireNonNull(client, "client is required")), clock);
    }

    /** Measures the rate limit, back-off and Retry-After waits on {@code time}; the waits are real sleeps. */
    public FoodicsSettings withClock(Clock time) {
        return new FoodicsSettings(baseUrl, token, resourcePath, creatorId, connectTimeout, readTimeout, rateLimit,
                httpClient, Optional.of(Objects.requireNonNull(time, "clock is required")));
    }

    /** The resource path relative to the base URL (no leading slash). */
    String relativeResource() {
        return resourcePath.substring(1);
    }

    private static RateLimit perMinute(int requests) {
        return RateLimit.perMinute(SettingsCheck.count("requests per minute", requests, MAX_REQUESTS_PER_MINUTE));
    }
}
