package dev.stockadj.qoyod;

import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.util.Objects;

/**
 * Adds the credential — {@code API-KEY}, or {@code Authorization: Bearer} for an OAuth access token, never
 * both — to requests for the configured origin only (same scheme, host and port), and a {@code User-Agent}
 * to all. Installed as a network interceptor, so it sees every request that really goes out, whatever URL
 * it ended up with; a request elsewhere carries neither header.
 */
final class CredentialInterceptor implements Interceptor {
    private final HttpUrl origin;
    private final QoyodCredential credential;
    private final String userAgent;

    CredentialInterceptor(HttpUrl origin, QoyodCredential credential, String userAgent) {
        this.origin = Objects.requireNonNull(origin, "origin is required");
        this.credential = Objects.requireNonNull(credential, "credential is required");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent is required");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Request.Builder builder = request.newBuilder().header("User-Agent", userAgent);
        for (QoyodCredential.Scheme scheme : QoyodCredential.Scheme.values()) {
            builder.removeHeader(scheme.header());
        }
        if (sameOrigin(request.url())) {
            builder.header(credential.scheme().header(), credential.headerValue());
        }
        return chain.proceed(builder.build());
    }

    boolean sameOrigin(HttpUrl url) {
        return url.scheme().equals(origin.scheme()) && url.host().equals(origin.host()) && url.port() == origin.port();
    }
}
