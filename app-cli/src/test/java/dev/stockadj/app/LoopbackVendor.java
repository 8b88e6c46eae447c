package dev.stockadj.app;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A vendor stand-in on loopback for what no sandbox answers on request: each request gets the next queued answer
 * (status, headers, body), and is recorded with when it arrived. Answers no vendor's success, so a test reads what
 * an adapter made of a failure.
 */
final class LoopbackVendor implements AutoCloseable {
    record Answer(int status, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<Instant> arrivals = Collections.synchronizedList(new ArrayList<>());

    LoopbackVendor() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                arrivals.add(Instant.now());
                exchange.getRequestBody().readAllBytes();
                Answer answer;
                synchronized (answers) {
                    answer = answers.size() > 1 ? answers.poll() : answers.peek();
                }
                byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
                answer.headers().forEach(exchange.getResponseHeaders()::set);
                exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    /** Queues answers; the last one answers every request after it. */
    LoopbackVendor answering(Answer... queued) {
        synchronized (answers) {
            answers.addAll(List.of(queued));
        }
        return this;
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    int requests() {
        return arrivals.size();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
