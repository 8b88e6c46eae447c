package dev.stockadj.qoyod;

import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

import java.io.IOException;

/**
 * A network interceptor: OkHttp calls it only once a connection is open, just before the request is
 * written. Any I/O failure from here on — reset, read timeout, a connection dropped before or while the
 * answer is read — means the request may have arrived, and is marked {@link RequestMayHaveArrived}.
 * Failures before it (connection refused, DNS, connect timeout) mean it surely did not.
 */
final class SentMarker implements Interceptor {
    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (RequestMayHaveArrived e) {
            throw e;
        } catch (IOException e) {
            throw new RequestMayHaveArrived(e);
        }
        ResponseBody body = response.body();
        return body == null ? response : response.newBuilder().body(new MarkedBody(body)).build();
    }

    /** The answer's body, its read failures marked. */
    private static final class MarkedBody extends ResponseBody {
        private final ResponseBody delegate;
        private final BufferedSource source;

        MarkedBody(ResponseBody delegate) {
            this.delegate = delegate;
            this.source = Okio.buffer(new ForwardingSource(delegate.source()) {
                @Override
                public long read(Buffer sink, long byteCount) throws IOException {
                    try {
                        return super.read(sink, byteCount);
                    } catch (RequestMayHaveArrived e) {
                        throw e;
                    } catch (IOException e) {
                        throw new RequestMayHaveArrived(e);
                    }
                }
            });
        }

        @Override
        public MediaType contentType() {
            return delegate.contentType();
        }

        @Override
        public long contentLength() {
            return delegate.contentLength();
        }

        @Override
        public BufferedSource source() {
            return source;
        }
    }
}
