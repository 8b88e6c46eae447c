package dev.stockadj.costadj;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The OkHttp client the adapter uses: never retries on its own, never follows redirects. Built on the caller's
 * client when the settings carry one: its dispatcher, pool, proxy, TLS, interceptors and listeners are kept, and
 * these rules are laid over whatever it was built with.
 */
final class HttpClients {
    private HttpClients() {
    }

    static OkHttpClient build(FoodicsSettings settings) {
        HttpUrl home = HttpUrl.get(settings.retrofitBase());
        return settings.httpClient().map(OkHttpClient::newBuilder).orElseGet(OkHttpClient.Builder::new)
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .addInterceptor(new BearerAuth(home, settings.token()))
                .build();
    }
}
