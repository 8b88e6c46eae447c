package dev.stockadj.qoyod;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/** Builds the OkHttp client and the Retrofit API for one set of settings. */
final class QoyodHttp {
    private QoyodHttp() {
    }

    /**
     * Never retries on its own ({@code retryOnConnectionFailure(false)}: OkHttp would otherwise re-send a
     * POST whose connection failed, which could record an adjustment twice) and never follows redirects
     * (a redirect is not part of Qoyod's API; it is reported as a protocol error). Built on the caller's client
     * when the settings carry one: its dispatcher, pool, proxy, TLS, interceptors and listeners are kept, and
     * these rules are laid over whatever it was built with.
     */
    static OkHttpClient client(QoyodSettings settings) {
        return settings.httpClient().map(OkHttpClient::newBuilder).orElseGet(OkHttpClient.Builder::new)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .addNetworkInterceptor(new CredentialInterceptor(origin(settings), settings.credential(), StockadjVersion.userAgent()))
                .addNetworkInterceptor(new SentMarker())
                .build();
    }

    static QoyodApi api(QoyodSettings settings, OkHttpClient http, ObjectMapper json) {
        return new Retrofit.Builder()
                .baseUrl(baseUrl(settings))
                .client(http)
                .addConverterFactory(JacksonConverterFactory.create(json))
                .build()
                .create(QoyodApi.class);
    }

    static HttpUrl baseUrl(QoyodSettings settings) {
        String text = settings.baseUrl().toString();
        return HttpUrl.get(text.endsWith("/") ? text : text + "/");
    }

    static HttpUrl origin(QoyodSettings settings) {
        return baseUrl(settings).newBuilder().encodedPath("/").build();
    }
}
