package dev.stockadj.plumbing.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The HTTP client a vendor adapter talks through, and its Retrofit API. Built on the caller's client when there is
 * one ({@code newBuilder()}: its dispatcher, connection pool, proxy, TLS, interceptors and event listeners are
 * shared), with the exactly-once rules laid over whatever that client was built with: never retries on its own (a
 * POST whose connection failed would be sent twice), never follows redirects (no vendor API redirects; one is a
 * protocol error), the adapter's own timeouts, and three network interceptors in this order: {@link UserAgent}
 * and {@code Accept: application/json} (unless the request names another) on every request, the credentials on the
 * vendor's origin only ({@link OriginCredentials}), and the hand-over mark ({@link MayHaveArrived}). Closing it
 * releases threads and connections — unless they are the caller's.
 */
public final class VendorClient implements AutoCloseable {
    private final OkHttpClient http;
    private final boolean owned;
    private final String base;

    private VendorClient(OkHttpClient http, boolean owned, String base) {
        this.http = http;
        this.owned = owned;
        this.base = base;
    }

    /**
     * @param callers the caller's client to build on; empty: one of the adapter's own
     * @param read    how long an answer may take once the request is written (also the write timeout)
     */
    public static VendorClient build(URI baseUrl, Optional<OkHttpClient> callers, Duration connect, Duration read,
                                     OriginCredentials credentials) {
        Objects.requireNonNull(baseUrl, "base URL is required");
        OkHttpClient http = callers.map(OkHttpClient::newBuilder).orElseGet(OkHttpClient.Builder::new)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(connect)
                .readTimeout(read)
                .writeTimeout(read)
                .addNetworkInterceptor(chain -> chain.proceed(identified(chain.request())))
                .addNetworkInterceptor(Objects.requireNonNull(credentials, "credentials are required"))
                .addNetworkInterceptor(new MayHaveArrived())
                .build();
        String text = baseUrl.toString();
        return new VendorClient(http, callers.isEmpty(), text.endsWith("/") ? text : text + "/");
    }

    public OkHttpClient http() {
        return http;
    }

    /** The vendor's Retrofit interface on this client, its paths relative to the base URL. */
    public <T> T api(Class<T> type, ObjectMapper json) {
        return new Retrofit.Builder().baseUrl(base).client(http)
                .addConverterFactory(JacksonConverterFactory.create(json)).build().create(type);
    }

    /**
     * Closes the connections that sit idle in the client's pool (on a caller's client, its other idle connections
     * too: they are opened again when next needed). Before a write that follows a pause, so that it goes on a new
     * connection rather than one the vendor may have closed while it was idle ({@link Exchange}).
     */
    public void closeIdleConnections() {
        http.connectionPool().evictAll();
    }

    /** Releases the client's threads and connections — unless they are the caller's. */
    @Override
    public void close() {
        if (owned) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private static Request identified(Request request) {
        Request.Builder builder = request.newBuilder().header("User-Agent", UserAgent.VALUE);
        if (request.header("Accept") == null) {
            builder.header("Accept", "application/json");
        }
        return builder.build();
    }
}
