package dev.stockadj.plumbing.http;

import dev.stockadj.core.model.Secret;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Puts a vendor's credential headers on requests for the configured origin only, and takes them off every other
 * request, whoever set them (a caller's interceptor included). The origin is scheme, host and port: scheme and
 * host compared ignoring case, a missing port read as the scheme's default ({@code https://API.example} is
 * {@code https://api.example:443}). Installed as a network interceptor by {@link VendorClient}, so it sees every
 * request that really goes out, whatever URL it ended up with.
 */
public final class OriginCredentials implements Interceptor {
    private final HttpUrl origin;
    private final Map<String, Secret> headers;
    private final Set<String> removed;

    /** @param headers header name → value, in the order they are written; values are revealed only here */
    public OriginCredentials(URI baseUrl, Map<String, Secret> headers) {
        this(baseUrl, headers, headers.keySet());
    }

    /**
     * @param credentialHeaders every header that carries one of the vendor's credentials, sent with this
     *                          configuration or not (Qoyod's API key or bearer token): none reaches another origin,
     *                          and on the origin only {@code headers} are sent
     */
    public OriginCredentials(URI baseUrl, Map<String, Secret> headers, Set<String> credentialHeaders) {
        this.origin = HttpUrl.get(Objects.requireNonNull(baseUrl, "base URL is required").toString());
        this.headers = new LinkedHashMap<>(Objects.requireNonNull(headers, "headers are required"));
        if (this.headers.isEmpty()) {
            throw new IllegalArgumentException("at least one credential header is required");
        }
        Set<String> all = new LinkedHashSet<>(headers.keySet());
        all.addAll(credentialHeaders);
        this.removed = Set.copyOf(all);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Request.Builder builder = request.newBuilder();
        removed.forEach(builder::removeHeader);
        if (sameOrigin(request.url())) {
            headers.forEach((name, value) -> builder.header(name, value.reveal()));
        }
        return chain.proceed(builder.build());
    }

    /** Whether {@code url} is the configured origin: scheme and host ignoring case, ports with defaults filled in. */
    public boolean sameOrigin(HttpUrl url) {
        return url.scheme().equalsIgnoreCase(origin.scheme()) && url.host().equalsIgnoreCase(origin.host())
                && url.port() == origin.port();
    }
}
