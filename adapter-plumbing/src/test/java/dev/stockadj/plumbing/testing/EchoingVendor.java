package dev.stockadj.plumbing.testing;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A vendor on loopback that answers with the status a test chooses and a body that echoes the credentials the
 * request carried ({@code {echo}} in the body's template becomes {@code name=value} of each credential header
 * present): for the adapters' tests that prove no secret reaches a message or a log, whatever the vendor answers.
 */
public final class EchoingVendor implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final List<String> echoed = Collections.synchronizedList(new ArrayList<>());
    private volatile int status = 200;

    /**
     * @param credentialHeaders the request headers that carry credentials
     * @param bodyFor           the body's template for a status
     * @param headers           headers of every answer besides {@code Content-Type: application/json}
     */
    public EchoingVendor(List<String> credentialHeaders, IntFunction<String> bodyFor, Map<String, String> headers) {
        Objects.requireNonNull(bodyFor, "bodyFor is required");
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String sent = credentialHeaders.stream().filter(name -> request.getHeader(name) != null)
                        .map(name -> name + "=" + request.getHeader(name)).collect(Collectors.joining(" "));
                echoed.add(sent);
                MockResponse answer = new MockResponse().setResponseCode(status)
                        .setHeader("Content-Type", "application/json");
                headers.forEach(answer::setHeader);
                return answer.setBody(bodyFor.apply(status).replace("{echo}", sent));
            }
        });
        try {
            server.start(InetAddress.getLoopbackAddress(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public EchoingVendor(List<String> credentialHeaders, IntFunction<String> bodyFor) {
        this(credentialHeaders, bodyFor, Map.of());
    }

    /** Every request from now on gets {@code code}. */
    public void answer(int code) {
        status = code;
    }

    /** Runs every operation under each of {@code statuses} in turn; returns what they threw. */
    public List<Throwable> failuresOver(Collection<Integer> statuses, List<Supplier<Object>> operations) {
        List<Throwable> failures = new ArrayList<>();
        for (int code : statuses) {
            answer(code);
            for (Supplier<Object> operation : operations) {
                try {
                    operation.get();
                } catch (RuntimeException failure) {
                    failures.add(failure);
                }
            }
        }
        return failures;
    }

    public URI uri(String path) {
        return server.url(path).uri();
    }

    /** What each answer echoed: the credential headers each request really carried. */
    public List<String> echoed() {
        synchronized (echoed) {
            return List.copyOf(echoed);
        }
    }

    public int requestCount() {
        return server.getRequestCount();
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
