package dev.stockadj.plumbing.http;

import dev.stockadj.core.model.Secret;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;

import javax.net.SocketFactory;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The one rule exactly-once rests on, as properties. Whatever the failure and however it is wrapped, a request
 * may have arrived exactly when it was handed to an open connection — never because of an exception's type or
 * message ("connect timed out" is not a rule); and over real loopback HTTP, every way a request can fail before the
 * hand-over says "not sent", every way after it says "may have arrived".
 */
class MayHaveArrivedProperties {

    /** Where a request fails, and whether it had been handed to a connection by then. */
    enum FailurePoint {
        NAME_NOT_RESOLVED(false), CONNECTION_REFUSED(false), CONNECT_TIMED_OUT(false),
        DROPPED_BEFORE_READING(true), DROPPED_AFTER_THE_REQUEST(true), DROPPED_DURING_THE_ANSWER(true),
        NO_ANSWER_IN_TIME(true);

        final boolean handedOver;

        FailurePoint(boolean handedOver) {
            this.handedOver = handedOver;
        }
    }

    @Provide
    Arbitrary<IOException> anyIoFailure() {
        return Arbitraries.of(new ConnectException("Connection refused"), new SocketTimeoutException("connect timed out"),
                new SocketTimeoutException("timeout"), new SocketTimeoutException("Read timed out"),
                new UnknownHostException("api.example"), new NoRouteToHostException("no route"),
                new SocketException("Connection reset"), new EOFException("\\n not found: limit=0"),
                new InterruptedIOException("timeout"), new IOException("unexpected end of stream"));
    }

    @Property
    void aFailureMayHaveArrivedExactlyWhenItCarriesTheHandOverMarkWhateverItsTypeOrMessage(
            @ForAll("anyIoFailure") IOException failure, @ForAll boolean handedOver,
            @ForAll @IntRange(min = 0, max = 4) int wrappedAfter) {
        Throwable seen = handedOver ? new MayHaveArrived.HandedOver(failure) : failure;
        for (int i = 0; i < wrappedAfter; i++) {
            seen = i % 2 == 0 ? new IOException("wrapped", seen) : new RuntimeException("wrapped", seen);
        }

        assertThat(MayHaveArrived.after(seen)).isEqualTo(handedOver);
        assertThat(MayHaveArrived.cause(handedOver ? new MayHaveArrived.HandedOver(failure) : failure)).isSameAs(failure);
    }

    @Property(tries = 35)
    void overLoopbackAWriteMayHaveArrivedExactlyWhenItFailedAfterTheHandOver(@ForAll FailurePoint point)
            throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.start(InetAddress.getLoopbackAddress(), 0);
            OkHttpClient callers = new OkHttpClient.Builder().build();
            URI base = server.url("/api").uri();
            switch (point) {
                case NAME_NOT_RESOLVED -> callers = callers.newBuilder().dns(host -> {
                    throw new UnknownHostException(host);
                }).build();
                case CONNECTION_REFUSED -> base = URI.create("http://127.0.0.1:" + closedPort() + "/api");
                case CONNECT_TIMED_OUT -> callers = callers.newBuilder().socketFactory(new TimingOut()).build();
                case DROPPED_BEFORE_READING -> server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
                case DROPPED_AFTER_THE_REQUEST -> server.enqueue(new MockResponse()
                        .setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
                case DROPPED_DURING_THE_ANSWER -> server.enqueue(new MockResponse().setBody("{\"id\": 1" + " ".repeat(64_000))
                        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
                case NO_ANSWER_IN_TIME -> server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
            }
            try (VendorClient client = VendorClient.build(base, Optional.of(callers), Duration.ofSeconds(2),
                    Duration.ofMillis(300), new OriginCredentials(base, Map.of("API-KEY", new Secret("k"))))) {
                Request post = new Request.Builder().url(base + "/adjustments")
                        .post(RequestBody.create("{}", MediaType.get("application/json"))).build();
                IOException failure = catchThrowableOfType(IOException.class, () -> {
                    try (Response response = client.http().newCall(post).execute()) {
                        response.body().string();
                    }
                });

                assertThat(failure).as(point.name()).isNotNull();
                assertThat(MayHaveArrived.after(failure)).as(point + ": " + failure).isEqualTo(point.handedOver);
            }
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A socket factory whose sockets never connect: "connect timed out", as a filtered network says. */
    private static final class TimingOut extends SocketFactory {
        @Override
        public Socket createSocket() {
            return new Socket() {
                @Override
                public void connect(SocketAddress endpoint, int timeout) throws IOException {
                    throw new SocketTimeoutException("connect timed out");
                }
            };
        }

        @Override
        public Socket createSocket(String host, int port) {
            return createSocket();
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress local, int localPort) {
            return createSocket();
        }

        @Override
        public Socket createSocket(InetAddress host, int port) {
            return createSocket();
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress local, int localPort) {
            return createSocket();
        }
    }
}
