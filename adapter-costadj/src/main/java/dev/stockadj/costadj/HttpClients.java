package dev.stockadj.costadj;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** The OkHttp client the adapter uses: never retries on its own, never follows redirects. */
final class HttpClients {
    private HttpClients() {
    }

    static OkHttpClient build(FoodicsSettings settings) {
        HttpUrl home = HttpUrl.get(settings.retrofitBase());
        return new OkHttpClient.Builder()
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
