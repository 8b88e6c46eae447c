package dev.stockadj.qoyod;

import dev.stockadj.core.model.Secret;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.util.Objects;

/**
 * Adds {@code API-KEY} to requests for the configured origin only (same scheme, host and port), and a
 * {@code User-Agent} to all. Installed as a network interceptor, so it sees every request that really
 * goes out, whatever URL it ended up with.
 */
final class ApiKeyInterceptor implements Interceptor {
    static final String HEADER = "API-KEY";

    private final HttpUrl origin;
    private final Secret apiKey;
    private final String userAgent;

    ApiKeyInterceptor(HttpUrl origin, Secret apiKey, String userAgent) {
        this.origin = Objects.requireNonNull(origin, "origin is required");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey is required");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent is required");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Request.Builder builder = request.newBuilder().header("User-Agent", userAgent);
        if (sameOrigin(request.url())) {
            builder.header(HEADER, apiKey.reveal());
        } else {
            builder.removeHeader(HEADER);
        }
        return chain.proceed(builder.build());
    }

    boolean sameOrigin(HttpUrl url) {
        return url.scheme().equals(origin.scheme()) && url.host().equals(origin.host()) && url.port() == origin.port();
    }
}
