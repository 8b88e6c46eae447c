package dev.stockadj.costadj;

import dev.stockadj.core.model.Secret;
import dev.stockadj.core.model.UserId;
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
 * @param token             the bearer token (sent only to {@code baseUrl}'s host); printable ASCII
 * @param resourcePath      the cost adjustment resource, {@code /cost_adjustments} or
 *                          {@code /cost_adjustment_transactions}
 * @param creatorId         the user written as {@code creator_id}; when empty, asked once of {@code GET /whoami}
 * @param connectTimeout    how long to wait for a connection
 * @param readTimeout       how long to wait for an answer
 * @param requestsPerMinute the most requests the client sends in any minute (Foodics allows 30 or 90)
 * @param httpClient        the caller's client to build on (its dispatcher, connection pool, proxy, TLS,
 *                          interceptors and event listeners are shared); the adapter derives its own from it with
 *                          {@code newBuilder()} and still never retries, never follows redirects, uses its own
 *                          timeouts and sends the token to the base URL's host only. Closing the adapter leaves the
 *                          caller's client running. Empty: a client of the adapter's own
 * @param clock             the time the throttle, back-off and Retry-After waits are measured on (the waits are
 *                          real sleeps); empty: the system's
 */
public record FoodicsSettings(URI baseUrl, Secret token, String resourcePath, Optional<UserId> creatorId,
        Duration connectTimeout, Duration readTimeout, int requestsPerMinute, Optional<OkHttpClient> httpClient,
        Optional<Clock> clock) {

    public static final String DEFAULT_RESOURCE_PATH = "/cost_adjustments";
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 30;
    public static final int MAX_REQUESTS_PER_MINUTE = 10_000;
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9_-]+)+");

    public FoodicsSettings {
        Objects.requireNonNull(baseUrl, "base URL is required");
        Objects.requireNonNull(token, "token is required").requireHeaderSafe("the Foodics token");
        Objects.requireNonNull(resourcePath, "resource path is required");
        Objects.requireNonNull(creatorId, "creator id is required (may be empty)");
        Objects.requireNonNull(connectTimeout, "connect timeout is required");
        Objects.requireNonNull(readTimeout, "read timeout is required");
        Objects.requireNonNull(httpClient, "http client is required (may be empty)");
        Objects.requireNonNull(clock, "clock is required (may be empty)");
        String scheme = baseUrl.getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("base URL must be an http(s) URL with a host: " + baseUrl);
        }
        if (baseUrl.getQuery() != null || baseUrl.getFragment() != null || baseUrl.getUserInfo() != null) {
            throw new IllegalArgumentException("base URL must not carry a query, fragment or user info");
        }
        if (!PATH.matcher(resourcePath).matches()) {
            throw new IllegalArgumentException("resource path must look like /cost_adjustments: '" + resourcePath + "'");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (requestsPerMinute < 1 || requestsPerMinute > MAX_REQUESTS_PER_MINUTE) {
            throw new IllegalArgumentException("requests per minute must be between 1 and " + MAX_REQUESTS_PER_MINUTE
                    + ": " + requestsPerMinute);
        }
    }

    /** Settings on a client and clock of the adapter's own. */
    public FoodicsSettings(URI baseUrl, Secret token, String resourcePath, Optional<UserId> creatorId,
            Duration connectTimeout, Duration readTimeout, int requestsPerMinute) {
        this(baseUrl, token, resourcePath, creatorId, connectTimeout, readTimeout, requestsPerMinute, Optional.empty(),
                Optional.empty());
    }

    /** Path {@code /cost_adjustments}, creator from {@code /whoami}, 10 s to connect, 30 s to answer, 30 per minute. */
    public static FoodicsSettings defaults(URI baseUrl, Secret token) {
        return new FoodicsSettings(baseUrl, token, DEFAULT_RESOURCE_PATH, Optional.empty(), Duration.ofSeconds(10),
                Duration.ofSeconds(30), DEFAULT_REQUESTS_PER_MINUTE);
    }

    public FoodicsSettings withResourcePath(String path) {
        return new FoodicsSettings(baseUrl, token, path, creatorId, connectTimeout, readTimeout, requestsPerMinute,
                httpClient, clock);
    }

    public FoodicsSettings withCreatorId(UserId creator) {
        return new FoodicsSettings(baseUrl, token, resourcePath, Optional.of(creator), connectTimeout, readTimeout,
                requestsPerMinute, httpClient, clock);
    }

    public FoodicsSettings withTimeouts(Duration connect, Duration read) {
        return new FoodicsSettings(baseUrl, token, resourcePath, creatorId, connect, read, requestsPerMinute,
                httpClient, clock);
    }

    public FoodicsSettings withRequestsPerMinute(int perMinute) {
        return new FoodicsSettings(baseUrl, token, resourcePath, creatorId, connectTimeout, readTimeout, perMinute,
                httpClient, clock);
    }

    /** Builds on the caller's client (see {@link #httpClient()}); closing the adapter leaves it running. */
    public FoodicsSettings withHttpClient(OkHttpClient client) {
        return new FoodicsSettings(baseUrl, token, resourcePath, creatorId, connectTimeout, readTimeout,
                requestsPerMinute, Optional.of(Objects.requireNonNull(client, "client is required")), clock);
    }

    /** Measures the throttle, back-off and Retry-After waits on {@code time}; the waits are real sleeps. */
    public FoodicsSettings withClock(Clock time) {
        return new FoodicsSettings(baseUrl, token, resourcePath, creatorId, connectTimeout, readTimeout,
                requestsPerMinute, httpClient, Optional.of(Objects.requireNonNull(time, "clock is required")));
    }

    /** The base URL as Retrofit wants it: ending with a slash. */
    String retrofitBase() {
        String text = baseUrl.toString();
        return text.endsWith("/") ? text : text + "/";
    }

    /** The resource path relative to the base URL (no leading slash). */
    String relativeResource() {
        return resourcePath.substring(1);
    }
}
