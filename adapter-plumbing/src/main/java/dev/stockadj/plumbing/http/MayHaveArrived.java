package dev.stockadj.plumbing.http;

import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The one rule exactly-once rests on: may a request that failed have reached the vendor? It may once it was
 * handed to an open connection — any I/O failure from then on (reset, read timeout, a connection dropped before
 * or while the answer is read) leaves it possibly recorded. Before that (DNS, connection refused, connect
 * timeout, TLS handshake) it surely was not. The moment is not guessed from exception types or messages: this
 * network interceptor, which OkHttp calls only once a connection is open and just before the request is written,
 * marks every I/O failure from there on, and {@link #after} reads the mark.
 *
 * <p>The mark also says whether the connection had carried an earlier exchange and the request failed on it before
 * any answer came, other than by a timeout ({@link #onKeptConnection}): a connection kept open for the next request,
 * which the vendor (or a proxy before it) may have closed while it sat idle — servers close idle connections after seconds to a minute, and a
 * client waiting out a rate limit leaves them idle that long. OkHttp checks a kept connection before reusing it only
 * for requests other than GET, and only when it sat idle for 10 s; a GET sent on one the server has closed fails
 * with "unexpected end of stream". Such a request still may have arrived; what can be done about it is the
 * {@link Exchange}'s to decide (a read is sent again, a write never).
 */
public final class MayHaveArrived implements Interceptor {
    /** The connections that carried an exchange, held weakly: a connection OkHttp let go is forgotten with it. */
    private final Set<Connection> used = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    /** An I/O failure after the request was handed to the connection; its cause is what really happened. */
    static final class HandedOver extends IOException {
        private final boolean keptConnection;

        HandedOver(IOException cause) {
            this(cause, false);
        }

        HandedOver(IOException cause, boolean keptConnection) {
            super("failed after the request was handed to the connection: " + cause.getMessage(), cause);
            this.keptConnection = keptConnection;
        }
    }

    /** Whether the request that ended in {@code failure} may have arrived: it carries the hand-over mark. */
    public static boolean after(Throwable failure) {
        return mark(failure) != null;
    }

    /**
     * Whether the request that ended in {@code failure} was sent on a connection kept open from an earlier exchange
     * and failed before any answer came, not by waiting out a timeout (a vendor slow to answer is not a closed
     * connection): the vendor may have closed that connection while it was idle.
     */
    public static boolean onKeptConnection(Throwable failure) {
        HandedOver mark = mark(failure);
        return mark != null && mark.keptConnection;
    }

    /** The hand-over mark in {@code failure}'s chain of causes; null when it has none. */
    private static HandedOver mark(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HandedOver handedOver) {
                return handedOver;
            }
        }
        return null;
    }

    /** What really failed: {@code failure} without the mark. */
    public static Throwable cause(Throwable failure) {
        Throwable t = failure;
        while (t instanceof HandedOver && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Connection connection = chain.connection();
        boolean kept = connection != null && !used.add(connection);
        Response response;
        try {
            response = chain.proceed(chain.request());
        } catch (IOException e) {
            throw marked(e, kept && !(e instanceof InterruptedIOException));
        }
        ResponseBody body = response.body();
        return body == null ? response : response.newBuilder().body(new MarkedBody(body)).build();
    }

    private static IOException marked(IOException e, boolean keptConnection) {
        return e instanceof HandedOver ? e : new HandedOver(e, keptConnection);
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
                    } catch (IOException e) {
                        throw marked(e, false);
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
