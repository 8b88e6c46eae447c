package dev.stockadj.qoyod;

import dev.stockadj.core.model.Secret;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How Qoyod is told who calls (seed document, "Prerequisites": "A valid OAuth 2.0 access token, or an API key …
 * on every request"): the account's API key as the {@code API-KEY} header, or an OAuth 2.0 access token as
 * {@code Authorization: Bearer …} (OAuth is enabled per account by Qoyod). Exactly one is sent. It must be printable
 * ASCII: an HTTP client refuses anything else in a header, quoting the value in its message.
 */
public record QoyodCredential(Scheme scheme, Secret secret) {

    public enum Scheme {
        /** {@code API-KEY: <key>}. */
        API_KEY("API-KEY"),
        /** {@code Authorization: Bearer <token>}. */
        BEARER("Authorization");

        private final String header;

        Scheme(String header) {
            this.header = header;
        }

        public String header() {
            return header;
        }

        /** Every header a Qoyod credential travels in. */
        static Set<String> headerNames() {
            return Arrays.stream(values()).map(Scheme::header).collect(Collectors.toUnmodifiableSet());
        }
    }

    public QoyodCredential {
        Objects.requireNonNull(scheme, "scheme is required");
        Objects.requireNonNull(secret, "the Qoyod credential is required");
        secret.requireHeaderSafe(scheme == Scheme.API_KEY ? "the Qoyod API key" : "the Qoyod access token");
    }

    public static QoyodCredential apiKey(Secret key) {
        return new QoyodCredential(Scheme.API_KEY, key);
    }

    public static QoyodCredential accessToken(Secret token) {
        return new QoyodCredential(Scheme.BEARER, token);
    }

    /** The header that carries it, its value a secret too: only for the requests to Qoyod's origin. */
    Map<String, Secret> headers() {
        return Map.of(scheme.header(), scheme == Scheme.BEARER ? new Secret("Bearer " + secret.reveal()) : secret);
    }
}
