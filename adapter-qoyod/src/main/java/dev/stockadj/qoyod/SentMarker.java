package dev.stockadj.qoyod;

import okhttp3.Interceptor;
import okhttp3.Response;

import java.io.IOException;

/**
 * A network interceptor: OkHttp calls it only once a connection is open, just before the request is
 * written. Any I/O failure from here on (reset, read timeout, dropped connection) means the request may
 * have arrived; failures before it (connection refused, DNS, connect timeout) mean it surely did not.
 */
final class SentMarker implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
        try {
            return chain.proceed(chain.request());
        } catch (RequestMayHaveArrived e) {
            throw e;
        } catch (IOException e) {
            throw new RequestMayHaveArrived(e);
        }
    }
}
