package dev.stockadj.aolib;

import dev.stockadj.core.model.Secret;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds Order Time's credential headers ({@code apiKey}, {@code email}, and {@code password} or
 * {@code DevKey}) to requests for the configured scheme, host and port only. Installed as a
 * network interceptor, so every hop is checked; any other host gets no credentials.
 */
final class AuthInterceptor implements Interceptor {

    private final HttpUrl home;
    private final Secret apiKey;
    private final String email;
    private final Optional<Secret> password;
    private final Optional<Secret> devKey;

    AuthInterceptor(HttpUrl home, Secret apiKey, String email, Optional<Secret> password, Optional<Secret> devKey) {
        this.home = Objects.requireNonNull(home, "home URL is required");
        this.apiKey = Objects.requireNonNull(apiKey, "API key is required");
        this.email = Objects.requireNonNull(email, "email is required");
        this.password = Objects.requireNonNull(password, "password is required (may be empty)");
        this.devKey = Objects.requireNonNull(devKey, "dev key is required (may be empty)");
    }

    static AuthInterceptor of(OrderTimeSettings settings) {
        return new AuthInterceptor(HttpUrl.get(settings.baseUrl().toString()), settings.apiKey(), settings.email(),
                settings.password(), settings.devKey());
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (!sameOrigin(request.url())) {
            return chain.proceed(request);
        }
        Request.Builder signed = request.newBuilder()
                .header("apiKey", apiKey.reveal())
                .header("email", email);
        password.ifPresent(p -> signed.header("password", p.reveal()));
        devKey.ifPresent(k -> signed.header("DevKey", k.reveal()));
        return chain.proceed(signed.build());
    }

    private boolean sameOrigin(HttpUrl url) {
        return url.scheme().equals(home.scheme()) && url.host().equalsIgnoreCase(home.host())
                && url.port() == home.port();
    }
}
