package dev.stockadj.costadj;

import dev.stockadj.core.model.Secret;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.util.Objects;

/** Adds {@code Authorization: Bearer} to requests for the configured host and port, and to no other. */
final class BearerAuth implements Interceptor {
    private final HttpUrl home;
    private final Secret token;

    BearerAuth(HttpUrl home, Secret token) {
        this.home = Objects.requireNonNull(home, "home is required");
        this.token = Objects.requireNonNull(token, "token is required");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!isHome(request.url())) {
            return chain.proceed(request.newBuilder().removeHeader("Authorization").build());
        }
        return chain.proceed(request.newBuilder()
                .header("Authorization", "Bearer " + token.reveal())
                .header("Accept", "application/json")
                .build());
    }

    private boolean isHome(HttpUrl url) {
        return url.scheme().equals(home.scheme()) && url.host().equalsIgnoreCase(home.host())
                && url.port() == home.port();
    }
}
