package dev.stockadj.plumbing.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The checks every vendor's settings make the same way, with the same messages: a base URL an adapter can send
 * credentials to, timeouts, a request rate. A message names the setting, never a value that could be a secret.
 */
public final class SettingsCheck {
    private SettingsCheck() {
    }

    /** An absolute {@code http} or {@code https} URL with a host, and no user info, query or fragment. */
    public static URI baseUrl(String vendor, URI url) {
        Objects.requireNonNull(url, vendor + " base URL is required");
        String scheme = url.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException(vendor + " base URL must be an absolute http or https URL: " + url);
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new IllegalArgumentException(vendor + " base URL must name a host: " + url);
        }
        if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException(vendor + " base URL must carry no user info, query or fragment");
        }
        return url;
    }

    /**
     * What every vendor's settings hold about the connection: positive timeouts, a rate limit (may be empty: not
     * known), the caller's client and clock (may be empty: the adapter's own).
     */
    public static void connection(Duration connectTimeout, Duration readTimeout, Optional<RateLimit> rateLimit,
                                  Optional<?> httpClient, Optional<?> clock) {
        positive("connect timeout", connectTimeout);
        positive("read timeout", readTimeout);
        Objects.requireNonNull(rateLimit, "rate limit is required (may be empty)");
        Objects.requireNonNull(httpClient, "http client is required (may be empty)");
        Objects.requireNonNull(clock, "clock is required (may be empty)");
    }

    public static Duration positive(String what, Duration duration) {
        Objects.requireNonNull(duration, what + " is required");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be positive: " + duration);
        }
        return duration;
    }

    /** A count from 1 to {@code most}. */
    public static int count(String what, int value, int most) {
        if (value < 1 || value > most) {
            throw new IllegalArgumentException(what + " must be from 1 to " + most + ": " + value);
        }
        return value;
    }
}
